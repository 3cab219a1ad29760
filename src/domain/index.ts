export * from "./kinds.js";
export * from "./ids.js";
export * from "./partial-date.js";
export * from "./event-taxonomy.js";
export * from "./article-graph.js";
export * from "./errors.js";
