import { type IngredientCell, readIngredientColumns } from "./read-ingredient-columns.js";

/** Meal-Master export files (.mmf, .mm): any number of recipes, text between them ignored.
 *  Grammar (Episoft's DOS format; no official spec, read as AnyMeal and common exports write it):
 *    FILE    = (JUNK | RECIPE)*
 *    RECIPE  = START HEADER* BODY END
 *    START   = ("MMMMM" | "-----") "-"* … "Meal-Master" …
 *    HEADER  = ("Title" | "Categories" | "Yield" | "Servings") ":" TEXT
 *    BODY    = (SECTION | INGREDIENT-LINE | DIRECTION-LINE | BLANK)*
 *    SECTION = ("MMMMM" | "-----") "-"+ NAME "-"+   names the ingredient (or direction) group after it
 *    END     = "MMMMM" | "-----" alone on a line
 *  Ingredient lines are read by column (see read-ingredient-columns); a run of two-column lines
 *  lists its left column first, then its right. Directions are paragraphs split by blank lines;
 *  a line starting with ":" starts a new one. Once directions have begun, a line is an
 *  ingredient only if it has an amount: indented text with no amount stays in the directions. */

export interface MealMasterIngredient {
  readonly quantity: string;
  readonly unit: string;
  name: string;
}

export interface MealMasterPart {
  readonly title: string | undefined;
  readonly ingredients: MealMasterIngredient[];
  readonly directions: string[];
}

export interface MealMasterRecipe {
  title: string;
  categories: string[];
  /** "12 servings" from "Yield:", or "42 pies" from "Servings:". */
  yield: string | undefined;
  readonly parts: MealMasterPart[];
}

const START = /^(?:MMMMM|-----).*meal-?master/i;
const END = /^(?:MMMMM|-----)\s*$/;
const SECTION = /^(?:MMMMM|-----)-*(.*?)-*\s*$/;
const HEADER = /^\s*(title|categories|yield|servings)\s*:(.*)$/i;

/** Tabs become spaces and other control characters go (some exports carry stray 0x14 bytes). */
const cleanLine = (line: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  line.replace(/\t/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");

class RecipeReader {
  readonly recipe: MealMasterRecipe = { title: "", categories: [], yield: undefined, parts: [] };
  private part: MealMasterPart = { title: undefined, ingredients: [], directions: [] };
  private inHeader = true;
  private inDirections = false;
  private paragraph: string[] = [];
  private columns: { left: IngredientCell[]; right: IngredientCell[] } = { left: [], right: [] };
  /** A continuation right after a section header still belongs to the ingredient before it. */
  private lastIngredient: MealMasterIngredient | undefined;

  constructor() {
    this.recipe.parts.push(this.part);
  }

  line(raw: string): void {
    const line = cleanLine(raw);
    if (this.inHeader) {
      const header = HEADER.exec(line);
      if (header) {
        this.header(header[1]?.toLowerCase() ?? "", header[2]?.trim() ?? "");
        return;
      }
      if (line.trim() === "") return;
      this.inHeader = false;
    }
    const section = /^(?:MMMMM|-----)-/.test(line) ? SECTION.exec(line) : null;
    if (section) {
      this.flush();
      this.part = { title: section[1]?.trim() || undefined, ingredients: [], directions: [] };
      this.recipe.parts.push(this.part);
      this.inDirections = false;
      return;
    }
    if (line.trim() === "") {
      this.flush();
      return;
    }
    const cells = readIngredientColumns(line);
    const hasAmount = cells?.some((c) => c.kind === "ingredient" && c.quantity !== "");
    if (cells && (!this.inDirections || hasAmount)) {
      this.flushParagraph();
      this.columns.left.push(cells[0] as IngredientCell);
      if (cells[1]) this.columns.right.push(cells[1]);
      return;
    }
    this.flushColumns();
    this.inDirections = true;
    const text = line.replace(/^ {1,2}/, "");
    if (text.startsWith(":")) {
      this.flushParagraph();
      this.paragraph.push(text.slice(1).trim());
    } else {
      this.paragraph.push(text.trim());
    }
  }

  private header(key: string, value: string): void {
    if (key === "title") this.recipe.title = value;
    else if (key === "categories") {
      this.recipe.categories = value
        .split(",")
        .map((c) => c.trim())
        .filter((c) => c !== "" && c.toLowerCase() !== "none");
    } else if (value !== "") this.recipe.yield = value;
  }

  private flushColumns(): void {
    const cells = [...this.columns.left, ...this.columns.right];
    this.columns = { left: [], right: [] };
    for (const cell of cells) {
      if (cell.kind === "ingredient") {
        this.lastIngredient = { quantity: cell.quantity, unit: cell.unit, name: cell.name };
        this.part.ingredients.push(this.lastIngredient);
      } else if (this.lastIngredient) {
        this.lastIngredient.name = `${this.lastIngredient.name} ${cell.text}`.trim();
      } else if (cell.text !== "") {
        this.part.ingredients.push({ quantity: "", unit: "", name: cell.text });
      }
    }
  }

  private flushParagraph(): void {
    const text = this.paragraph.join(" ").replace(/\s+/g, " ").trim();
    if (text !== "") this.part.directions.push(text);
    this.paragraph = [];
  }

  flush(): void {
    this.flushColumns();
    this.flushParagraph();
  }
}

export function parseMealMaster(text: string): MealMasterRecipe[] {
  const recipes: MealMasterRecipe[] = [];
  let reader: RecipeReader | undefined;
  for (const line of text.split(/\r\n?|\n/)) {
    if (START.test(line)) {
      reader?.flush();
      reader = new RecipeReader();
      recipes.push(reader.recipe);
      continue;
    }
    if (!reader) continue;
    if (END.test(line)) {
      reader.flush();
      reader = undefined;
      continue;
    }
    reader.line(line);
  }
  reader?.flush();
  return recipes;
}
