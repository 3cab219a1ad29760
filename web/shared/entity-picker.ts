import { el } from "./dom.js";
import { requestGraphql } from "./graphql-client.js";

const SEARCH_QUERY = `query Pick($text: String!, $kinds: [NodeKind!], $first: Int!) {
  search(query: $text, kinds: $kinds, first: $first) { id kind label }
}`;

/** How many suggestions the list offers. */
const SUGGESTIONS = 8;
/** Typing pauses this long before a search is sent. */
const DEBOUNCE_MS = 150;

export interface PickedEntity {
  id: string;
  label: string;
}

/** A text box that suggests entities as one types (the API's `search`: a surname alone finds the person). */
export interface EntityPicker {
  /**
   * The entity the box names: the suggestion picked, else the best search hit for the text typed
   * (so "Blair" and Show finds the Blair most written about). Null when the box is empty; throws
   * naming the text when nothing matches.
   */
  resolve(): Promise<PickedEntity | null>;
  /** Sets the text (from the address) as if typed, without suggesting. */
  setText(text: string): void;
  clear(): void;
}

interface SearchHit {
  id: string;
  kind: string;
  label: string;
}

async function searchHits(text: string, kinds: readonly string[], first: number): Promise<SearchHit[]> {
  const { search } = await requestGraphql<{ search: SearchHit[] }>(SEARCH_QUERY, { text, kinds, first });
  return search;
}

/**
 * Turns `input` into a combobox over entities of `kinds`; suggestions go in `list` (a <ul>), each
 * an option carrying its id in data-id. Arrow keys move through them, Enter or a click picks one.
 */
export function createEntityPicker(input: HTMLInputElement, list: HTMLUListElement, kinds: readonly string[], noun: string): EntityPicker {
  let picked: PickedEntity | null = null;
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answers can come back out of order; only the latest request's counts.
  let latest = 0;

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  list.setAttribute("role", "listbox");
  list.hidden = true;

  const options = () => [...list.querySelectorAll<HTMLLIElement>("[role=option]")];
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    active = -1;
  };
  const choose = (hit: PickedEntity) => {
    picked = hit;
    input.value = hit.label;
    input.dataset.id = hit.id;
    close();
  };
  const highlight = (index: number) => {
    const all = options();
    if (!all.length) return;
    active = (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", all[active]!.id);
  };

  async function suggest(text: string): Promise<void> {
    const request = ++latest;
    let hits: SearchHit[];
    try {
      hits = await searchHits(text, kinds, SUGGESTIONS);
    } catch {
      hits = [];
    }
    if (request !== latest) return;
    list.replaceChildren(
      ...(hits.length
        ? hits.map((hit, index) => {
            const option = el("li", hit.label);
            option.id = `${list.id}-${index}`;
            option.setAttribute("role", "option");
            option.dataset.id = hit.id;
            // mousedown, not click: it fires before the input's blur closes the list.
            option.addEventListener("mousedown", (event) => {
              event.preventDefault();
              choose({ id: hit.id, label: hit.label });
            });
            return option;
          })
        : [el("li", `no ${noun} matches`, "none")]),
    );
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
  }

  input.addEventListener("input", () => {
    picked = null;
    delete input.dataset.id;
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      latest += 1;
      close();
      return;
    }
    timer = setTimeout(() => void suggest(text), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      highlight(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      const option = options()[active];
      if (option?.dataset.id) choose({ id: option.dataset.id, label: option.textContent ?? "" });
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);

  return {
    async resolve() {
      const text = input.value.trim();
      if (!text) return null;
      if (picked && picked.label === text) return picked;
      const [best] = await searchHits(text, kinds, 1);
      if (!best) throw new Error(`no ${noun} matches ${JSON.stringify(text)}`);
      choose({ id: best.id, label: best.label });
      return picked;
    },
    setText(text) {
      input.value = text;
      picked = null;
      delete input.dataset.id;
    },
    clear() {
      this.setText("");
      close();
    },
  };
}
