import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * The domain functions the authorization matrix (tests/integration/authorization-matrix.test.ts)
 * must have a row for, found in the source so that a new one cannot be forgotten. The rule: every
 * function exported from a module of a domain folder of lib/ (lib/<domain>/*.ts) that takes a
 * viewer, that is, has a parameter declared as a Viewer (Viewer, TeacherViewer, with or without
 * null) or as a function resolving one (saveAnswer's `(…) => Promise<Viewer>`). Left out:
 * - lib/auth/: the session layer, which makes the viewer from a cookie (its functions are tested
 *   over HTTP and in the session tests);
 * - the policy modules (lib/<domain>/policy.ts): pure predicates and scopes, unit-tested, and
 *   checked against the database in tests/integration/policy-scopes.test.ts;
 * - the server actions (lib/<domain>/actions.ts) and lib/teacher-action.ts: they take no viewer,
 *   they read it from the session and hand it to one of the functions listed here.
 */

const LIB = path.resolve(import.meta.dirname, "../../lib");
const LEFT_OUT = new Set(["auth", "generated"]);

/** Whether a parameter's declared type is a viewer, or a function (or promise) that gives one. */
function namesViewer(type: ts.TypeNode | undefined): boolean {
  if (!type) return false;
  if (ts.isTypeReferenceNode(type)) return /Viewer$/.test(type.typeName.getText()) || (type.typeArguments ?? []).some(namesViewer);
  if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type)) return type.types.some(namesViewer);
  if (ts.isFunctionTypeNode(type)) return namesViewer(type.type);
  if (ts.isParenthesizedTypeNode(type)) return namesViewer(type.type);
  return false;
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);

/** The exported functions of one module, with their parameters. */
function exportedFunctions(source: ts.SourceFile): Array<{ name: string; parameters: readonly ts.ParameterDeclaration[] }> {
  const found: Array<{ name: string; parameters: readonly ts.ParameterDeclaration[] }> = [];
  for (const statement of source.statements) {
    if (!isExported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) found.push({ name: statement.name.text, parameters: statement.parameters });
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (ts.isIdentifier(declaration.name) && init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
          found.push({ name: declaration.name.text, parameters: init.parameters });
      }
    }
  }
  return found;
}

/** Every domain function by the rule above: its module (relative to lib/) and name, an overloaded one once. */
export function domainFunctions(): Array<{ module: string; name: string }> {
  const functions = new Map<string, { module: string; name: string }>();
  for (const domain of readdirSync(LIB, { withFileTypes: true })) {
    if (!domain.isDirectory() || LEFT_OUT.has(domain.name)) continue;
    for (const file of readdirSync(path.join(LIB, domain.name))) {
      if (!/\.tsx?$/.test(file) || file === "policy.ts") continue;
      const modulePath = `${domain.name}/${file}`;
      const source = ts.createSourceFile(modulePath, readFileSync(path.join(LIB, modulePath), "utf8"), ts.ScriptTarget.Latest, true);
      for (const { name, parameters } of exportedFunctions(source)) {
        if (parameters.some((parameter) => namesViewer(parameter.type))) functions.set(`${modulePath} ${name}`, { module: modulePath, name });
      }
    }
  }
  return [...functions.values()];
}
