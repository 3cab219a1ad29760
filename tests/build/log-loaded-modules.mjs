// A module hook for `node --import`: prints "loaded <url>" on stderr for each module of ours that
// Node loads, so a test can see what a command pulls in.
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(`
      import { writeSync } from "node:fs";
      export async function load(url, context, next) {
        if (url.startsWith("file:") && !url.includes("/node_modules/")) writeSync(2, "loaded " + url + "\\n");
        return next(url, context);
      }`),
);
