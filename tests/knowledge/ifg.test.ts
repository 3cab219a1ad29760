import { describe, expect, it } from "vitest";
import { parseIfg, type IfgFiles } from "../../src/knowledge/build/ifg.js";

/**
 * Invented rows in the Institute for Government Ministers Database's layout (person.csv: one row per
 * name a person held, with its own dates; post.csv with rank_equivalence; appointment.csv).
 */
const PERSON = "id,id_parliament,id_ifg_website,name,display_name,normalized_name,short_name,gender,start_date,end_date";
const POST = "id,id_ifg_website,organisation_id,name,display_name,rank_equivalence,rank_equivalence_value";
const APPOINTMENT = "id,person_id,post_id,start_date,end_date";

const files = (persons: string[], posts: string[], appointments: string[]): IfgFiles => ({
  person: [PERSON, ...persons].join("\n") + "\n",
  post: [POST, ...posts].join("\n") + "\n",
  appointment: [APPOINTMENT, ...appointments].join("\n") + "\n",
});

const posts = [
  "post-pm,,org-pmo,Prime Minister,Prime Minister,PM,1",
  "post-dpm,,org-dpmo,Deputy Prime Minister,Deputy Prime Minister,DPM,2",
  'post-fs,,org-fo,"Secretary of State for Foreign, Widget and Commonwealth Affairs","Foreign Secretary",SoS,3',
  "post-ds,,org-mod,Secretary of State for Defence,Defence Secretary,SoS,3",
  "post-mos,,org-fo,Minister of State for the Widget Isles,Minister for the Widget Isles,MoS,4",
  "post-puss,,org-fo,Parliamentary Under Secretary of State for Gadgets,Gadgets Minister,PUSS,5",
  "post-whip,,org-whips,Lord Commissioner of HM Treasury (Whip),Whip,Parl.,6",
  "post-chief-whip,,org-whips,Chief Whip,Chief Whip,Parl. lead.,6",
];
/** The build maps post names through Parley's office gazetteer; a stand-in here. */
const titleOfPost = (post: string): string | undefined =>
  ({ "Prime Minister": "Prime Minister", "Deputy Prime Minister": "Deputy Prime Minister", "Secretary of State for Foreign, Widget and Commonwealth Affairs": "Foreign Secretary", "Secretary of State for Defence": "Defence Secretary" })[post];

const people = parseIfg(
  files(
    [
      "p-roe,101.0,,Jana Roe,Jana Roe,Jana Roe,Roe,F,,",
      "p-doe,102.0,,Lord Doe of Nordley,Lord Doe of Nordley,Lord Doe of Nordley,Doe,M,2015-06-01,",
      "p-doe,102.0,,Kemal Doe,Kemal Doe,Kemal Doe,Doe,M,,2015-06-01",
      "p-holm,103.0,,Baroness Holm,Baroness Holm,Baroness Holm,Holm,F,,",
      "p-whip,104.0,,Ola Nord,Ola Nord,Ola Nord,Nord,M,,",
      "p-nobody,105.0,,Petra Valk,Petra Valk,Petra Valk,Valk,F,,",
    ],
    posts,
    [
      "a-1,p-roe,post-puss,2001-06-11,2003-06-13",
      "a-2,p-roe,post-mos,2003-06-13,2005-05-06",
      "a-3,p-roe,post-fs,2010-05-12,2014-07-14",
      "a-4,p-roe,post-pm,2016-07-13,",
      "a-5,p-doe,post-dpm,2012-09-04,2013-10-07",
      "a-6,p-doe,post-ds,2013-10-07,2015-05-08",
      "a-7,p-holm,post-mos,2007-06-29,2008-10-03",
      "a-8,p-whip,post-whip,2002-06-13,2005-05-06",
      "a-9,p-whip,post-chief-whip,2005-05-06,2006-05-05",
      "a-10,p-roe,post-unknown,2000-01-01,2000-06-01",
    ],
  ),
  titleOfPost,
);
const byName = (name: string) => {
  const found = people.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} among ${people.map((p) => p.name).join(", ")}`);
  return found;
};

describe("UK ministers (Institute for Government database)", () => {
  it("keeps ministerial ranks (PM, DPM, SoS, MoS, PUSS) with day-exact dates and the appointment as provenance", () => {
    const jana = byName("Jana Roe");
    expect(jana.tenures).toEqual([
      { country: "GBR", office: "Parliamentary Under Secretary of State for Gadgets", category: "MINISTER", from: "2001-06-11", to: "2003-06-13", source: "ifg:appointment:a-1" },
      { country: "GBR", office: "Minister of State for the Widget Isles", category: "MINISTER", from: "2003-06-13", to: "2005-05-06", source: "ifg:appointment:a-2" },
      { country: "GBR", office: "Foreign Secretary", category: "FOREIGN_MINISTER", from: "2010-05-12", to: "2014-07-14", source: "ifg:appointment:a-3" },
      // An empty end date is still in office; the prime minister is the UK's leader.
      { country: "GBR", office: "Prime Minister", category: "HEAD_OF_GOVERNMENT", from: "2016-07-13", leader: true, source: "ifg:appointment:a-4" },
    ]);
    expect(jana).toMatchObject({ gender: "F", countries: ["GBR"], sources: ["ifg:person:p-roe"], otherNames: [] });
  });

  it("files a deputy prime minister and a defence secretary under their categories", () => {
    expect(byName("Kemal Doe").tenures.map((t) => [t.office, t.category, t.leader])).toEqual([
      ["Deputy Prime Minister", "DEPUTY_HEAD", undefined],
      ["Defence Secretary", "DEFENCE_MINISTER", undefined],
    ]);
  });

  it("leaves whips out, and a person who was only a whip is no one here", () => {
    expect(people.map((p) => p.name).sort()).toEqual(["Baroness Holm", "Jana Roe", "Kemal Doe"]);
  });

  it("never makes a peerage name canonical when the person has a plain one, and keeps it as an other name", () => {
    const kemal = byName("Kemal Doe");
    expect(kemal.otherNames).toEqual(["Lord Doe of Nordley"]);
    expect(kemal.gender).toBe("M");
    // The peerage row listed last changes nothing; knighthood styles count too.
    const [mira] = parseIfg(
      files(["p-mh,301.0,,Mira Holm,Mira Holm,Mira Holm,Holm,F,,2020-01-01", "p-mh,301.0,,Dame Mira Holm,Dame Mira Holm,Dame Mira Holm,Holm,F,2020-01-01,"], posts, ["a-30,p-mh,post-puss,2015-05-11,2016-07-17"]),
      titleOfPost,
    );
    expect([mira!.name, mira!.otherNames]).toEqual(["Mira Holm", ["Dame Mira Holm"]]);
    // A peer known by no other name keeps the peerage name.
    expect(byName("Baroness Holm").tenures).toHaveLength(1);
  });

  // Bug (src/knowledge/build/ifg.ts, parseIfg): the canonical name is the last plain name in file
  // order, not the one the person goes by now, so a maiden name listed after the married one wins:
  // the shipped file calls Suella Braverman "Suella Fernandes" (and Dehenna Davison "Dehenna Fareham").
  it("takes the person's current plain name as canonical, whatever the row order", () => {
    const [person] = parseIfg(
      files(
        ["p-valk,201.0,,Petra Valk-Nord,Petra Valk-Nord,Petra Valk-Nord,Valk-Nord,F,2018-04-16,", "p-valk,201.0,,Petra Valk,Petra Valk,Petra Valk,Valk,F,,2018-04-16"],
        posts,
        ["a-20,p-valk,post-mos,2019-07-25,2020-02-13"],
      ),
      titleOfPost,
    );
    expect(person!.name).toBe("Petra Valk-Nord");
  });
});
