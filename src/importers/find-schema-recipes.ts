/** schema.org Recipe objects inside JSON-LD blocks, in every shape seen in the wild:
 *  a bare object, an array, "@graph", an ItemList of recipes ("itemListElement" → "item"),
 *  "mainEntity"/"mainEntityOfPage", "@type" as a string, an array or a full IRI.
 *  Nodes referenced by "@id" (author, image, publisher) are resolved within the page.
 *  A block that is not valid JSON is repaired once (raw line breaks, trailing commas) and
 *  otherwise skipped: one broken block never hides the others. */

export type SchemaNode = Record<string, unknown>;

export const isNode = (value: unknown): value is SchemaNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function typesOf(node: SchemaNode): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.slice(Math.max(t.lastIndexOf("/"), t.lastIndexOf(":")) + 1).toLowerCase());
}

export const isType = (node: SchemaNode, type: string) => typesOf(node).includes(type);

/** A JSON string literal, raw control characters and all; the alternatives never overlap, so
 *  matching stays linear. */
const JSON_STRING = /"(?:[^"\\]|\\[\s\S])*"/g;
const LINE_BREAK = /\r\n?|\n/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
const CONTROL = /[\u0000-\u001f]+/g;

function parseJson(text: string): unknown {
  // JSON-LD is an object or an array: whatever wraps it ("<![CDATA[", "// <![CDATA[", "<!--",
  // a trailing ";") lies outside the first opening and the last closing bracket.
  const unwrapped = text.replace(/<!\[CDATA\[/, "").replace(/\]\]>[^\]}]*$/, "");
  const start = unwrapped.search(/[[{]/);
  const end = Math.max(unwrapped.lastIndexOf("}"), unwrapped.lastIndexOf("]"));
  if (start === -1 || end < start) return undefined;
  const trimmed = unwrapped.slice(start, end + 1);
  try {
    return JSON.parse(trimmed);
  } catch {
    // JSON allows no raw control characters in strings; pages put line breaks there often, and
    // mean them: a string's line breaks stay line breaks ("2 eggs\n1 cup milk" is two lines).
    const repaired = trimmed
      .replace(JSON_STRING, (s) => s.replace(LINE_BREAK, "\\n").replace(CONTROL, " "))
      .replace(CONTROL, " ")
      .replace(/,\s*([}\]])/g, "$1");
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** "Name", "RecipeIngredient": some pages capitalise property names; the schema's own spelling
 *  is added beside them so every reader finds them. */
export function addSchemaSpelling(node: SchemaNode): void {
  for (const key of Object.keys(node)) {
    const first = key.charCodeAt(0);
    if (!(first >= 65 && first <= 90)) continue;
    const schemaKey = key[0]!.toLowerCase() + key.slice(1);
    if (!(schemaKey in node)) node[schemaKey] = node[key];
  }
}

/** Every node of a parsed block, depth first, iteratively (deep JSON cannot overflow). */
function collectNodes(root: unknown, into: SchemaNode[]): void {
  const stack: unknown[] = [root];
  let budget = 200_000;
  while (stack.length > 0 && budget-- > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (isNode(value)) {
      addSchemaSpelling(value);
      into.push(value);
      for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "item"]) {
        if (key in value) stack.push(value[key]);
      }
    }
  }
}

export interface SchemaRecipes {
  readonly recipes: SchemaNode[];
  /** Nodes by "@id", to resolve references such as { "@id": "#person" }. */
  readonly byId: Map<string, SchemaNode>;
  /** Blocks that could not be read, for the import's notes. */
  readonly broken: number;
  /** The first WebSite node that has a name: the site's own name for itself. */
  readonly website?: SchemaNode;
}

export function findSchemaRecipes(blocks: readonly string[]): SchemaRecipes {
  const nodes: SchemaNode[] = [];
  let broken = 0;
  for (const block of blocks) {
    const parsed = parseJson(block);
    if (parsed === undefined) broken++;
    else collectNodes(parsed, nodes);
  }
  const byId = new Map<string, SchemaNode>();
  for (const node of nodes) {
    const id = node["@id"];
    // A bare reference has only "@id"; keep the node that says more.
    if (typeof id === "string" && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  const recipes = nodes.filter((n) => isType(n, "recipe"));
  const website = nodes.find((n) => isType(n, "website") && n.name !== undefined && n.name !== "");
  return { recipes: [...new Set(recipes)], byId, broken, ...(website && { website }) };
}

/** The node a reference points at, or the value itself. */
export function resolve(value: unknown, byId: ReadonlyMap<string, SchemaNode>): unknown {
  if (isNode(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1) {
    return byId.get(value["@id"]) ?? value;
  }
  return value;
}
