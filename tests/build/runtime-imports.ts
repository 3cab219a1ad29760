import { existsSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";

/** The package a bare specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** An import that stays in the JavaScript: not `import type`, and not only `{ type X }` bindings. */
function keepsImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return true;
  if (clause.isTypeOnly) return false;
  if (clause.name) return true;
  const bindings = clause.namedBindings;
  return !bindings || ts.isNamespaceImport(bindings) || bindings.elements.length === 0 || bindings.elements.some((element) => !element.isTypeOnly);
}

/** `require("x")`, `createRequire(…)("x")` and `import("x")` with a literal specifier. */
function calledSpecifier(node: ts.CallExpression): string | undefined {
  const [first] = node.arguments;
  if (!first || !ts.isStringLiteralLike(first)) return undefined;
  const callee = node.expression;
  const loads =
    callee.kind === ts.SyntaxKind.ImportKeyword ||
    (ts.isIdentifier(callee) && callee.text === "require") ||
    (ts.isCallExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "createRequire");
  return loads ? first.text : undefined;
}

/** The module specifiers a TypeScript file loads at run time. */
function specifiersOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && keepsImport(node) && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    else if (ts.isCallExpression(node)) {
      const specifier = calledSpecifier(node);
      if (specifier) found.push(specifier);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Every npm package the given entry files can load, following relative imports (static and
 * dynamic) through the TypeScript sources (`./x.js` is read as `./x.ts`), each with the first file
 * found importing it.
 */
export function runtimePackages(entries: readonly string[]): Map<string, string> {
  const builtins = new Set(builtinModules);
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = entries.map((entry) => resolve(entry));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of specifiersOf(file)) {
      if (specifier.startsWith(".")) {
        const target = join(dirname(file), specifier.replace(/\.js$/, ".ts"));
        if (!existsSync(target)) throw new Error(`${file} imports ${specifier}: no ${target}`);
        queue.push(target);
      } else if (!specifier.startsWith("node:") && !builtins.has(specifier)) {
        const name = packageName(specifier);
        if (!packages.has(name)) packages.set(name, file);
      }
    }
  }
  return packages;
}
