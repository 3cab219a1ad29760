import { ActorKnowledge, loadActorPeople } from "./actor-knowledge.js";

export { ActorKnowledge, PROMINENT, tenureCovers, type Actor, type Holding } from "./actor-knowledge.js";
export { type KbPerson, type KbTenure, type OfficeCategory } from "./actor-types.js";
export { ActorFileError } from "./actor-csv.js";

let options: { userFile?: string } = {};
let loaded: ActorKnowledge | undefined;

/**
 * Sets the user's actor file (`PARLEY_ACTORS_FILE`) merged over the shipped actors. Called by the
 * composition roots, the only places that read the environment; the next `actorKnowledge()` loads it.
 */
export function configureActorKnowledge(next: { userFile?: string }): void {
  options = { ...next };
  loaded = undefined;
}

/** The process's knowledge base, loaded on first use (well under a second) and kept. */
export function actorKnowledge(): ActorKnowledge {
  loaded ??= new ActorKnowledge(loadActorPeople(options));
  return loaded;
}
