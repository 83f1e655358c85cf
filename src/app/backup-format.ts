import { z } from "zod";
import { AISLES } from "../domain/aisles.js";
import { QuantitySchema } from "../domain/quantity.js";
import { RecipeSchema } from "../domain/recipe.js";
import { BOARD_VISIBILITIES, ROLES } from "./account-ports.js";
import { MAX_BOARD_NAME } from "./manage-boards.js";
import { MAX_NOTE, MAX_SERVINGS } from "./manage-meal-plan.js";
import { MAX_LIST_NAME } from "./manage-shopping-lists.js";
import { MEALS } from "./plan-ports.js";
import { VISIBILITIES } from "./ports.js";

/** Claypot's backup: JSON lines, read and written one line at a time so neither side ever holds
 *  a whole site. Version 2's grammar (version 1, a header then `{ recipe, createdAt,
 *  visibility? }` lines, still restores):
 *
 *    backup  = header user* (image* recipe)* board* list* plan* end
 *    header  = { format: "claypot-backup", version: 2, scope: "site" | "account", createdAt }
 *    user    = { kind: "user", id, email, name, role, passwordHash, createdAt }   site only
 *    image   = { kind: "image", key, data }       blob bytes in base64, before the recipe using it
 *    recipe  = { kind: "recipe", id, owner?, visibility, createdAt, shareToken?, recipe }
 *    board   = { kind: "board", owner?, name, visibility, createdAt, pins: ref* }
 *    list    = { kind: "list", owner?, name, createdAt, updatedAt, shareToken?, items }
 *    plan    = { kind: "plan", owner?, date, meal, recipe: ref, servings?, note?, createdAt }
 *    end     = { kind: "end", counts }            how many lines of each kind came before
 *    ref     = { id, slug }                       a recipe of the backup (id) or of the site (slug)
 *
 *  Ids are the source database's, only for references inside the file. `owner` is a user line's
 *  id (absent or null: the site's own); an account backup has no users and no owners: whoever
 *  restores it owns everything in it. The end line tells a whole file from a cut one. */
export const BACKUP_FORMAT = "claypot-backup";
export const BACKUP_VERSION = 2;

export const BackupIssueCode = {
  Invalid: "BACKUP_INVALID",
  /** A whole-site backup offered to an account restore, or the other way round. */
  ScopeMismatch: "BACKUP_SCOPE_MISMATCH",
} as const;

/** Backups may come from anyone (an upload): every line and every image is bounded. */
export const MAX_BACKUP_IMAGE_BYTES = 10 * 1024 * 1024;
/** An image line is its bytes in base64 (4/3) and a little JSON; every other line is far less. */
export const MAX_BACKUP_LINE_CHARS = 16 * 1024 * 1024;
const MAX_PINS = 10_000;
const MAX_LIST_ITEMS = 5_000;
const MAX_BASE64 = Math.ceil(MAX_BACKUP_IMAGE_BYTES / 3) * 4;

/** Images the site serves itself: `/media/KEY`, KEY the SHA-256 of the bytes and their type. */
export const MEDIA_URL = /^\/media\/([0-9a-f]{64}\.(?:webp|jpg|png|avif))$/;
const BLOB_KEY = /^[0-9a-f]{64}\.(?:webp|jpg|png|avif)$/;

export const BACKUP_SCOPES = ["site", "account"] as const;
export type BackupScope = (typeof BACKUP_SCOPES)[number];

export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.union([z.literal(1), z.literal(BACKUP_VERSION)]),
  /** Version 1 had none: it was the site's recipes. */
  scope: z.enum(BACKUP_SCOPES).default("site"),
});

const Id = z.string().min(1).max(40);
const Owner = Id.nullable().optional();
const Stamp = z.iso.datetime();
// As stored, not trimmed: a restore gives back the very names it was given.
const Name = (max: number) => z.string().min(1).max(max);
const Secret = z.string().min(16).max(200);

export const RecipeRef = z.object({ id: Id, slug: z.string().max(100) });
export type RecipeRef = z.infer<typeof RecipeRef>;

/** A version 1 line. `visibility` came with accounts; older lines have none and were public. */
export const V1Entry = z.object({
  recipe: RecipeSchema,
  createdAt: Stamp,
  visibility: z.enum(VISIBILITIES).optional(),
});

const UserLine = z.object({
  kind: z.literal("user"),
  id: Id,
  email: z
    .string()
    .max(320)
    .regex(/^[^\s@]{1,64}@[^\s@]{1,255}$/),
  name: Name(200),
  role: z.enum(ROLES),
  passwordHash: z.string().min(1).max(1_000),
  createdAt: Stamp,
});

const ImageLine = z.object({
  kind: z.literal("image"),
  key: z.string().regex(BLOB_KEY),
  data: z.base64().max(MAX_BASE64),
});

const RecipeLine = z.object({
  kind: z.literal("recipe"),
  id: Id,
  owner: Owner,
  visibility: z.enum(VISIBILITIES),
  createdAt: Stamp,
  shareToken: Secret.optional(),
  recipe: RecipeSchema,
});

const BoardLine = z.object({
  kind: z.literal("board"),
  owner: Owner,
  name: Name(MAX_BOARD_NAME),
  visibility: z.enum(BOARD_VISIBILITIES),
  createdAt: Stamp,
  pins: z.array(RecipeRef).max(MAX_PINS),
});

const ListItem = z.object({
  foodKey: z.string().max(500),
  food: z.string().min(1).max(500),
  amounts: z
    .array(z.object({ quantity: QuantitySchema.optional(), unit: z.string().max(100).optional() }))
    .max(100),
  aisle: z.enum(AISLES).catch("other"),
  checked: z.boolean(),
  /** Ids of the backup's recipes the item came from. */
  recipes: z.array(Id).max(100),
});

const ListLine = z.object({
  kind: z.literal("list"),
  owner: Owner,
  name: Name(MAX_LIST_NAME),
  createdAt: Stamp,
  updatedAt: Stamp,
  shareToken: Secret.optional(),
  items: z.array(ListItem).max(MAX_LIST_ITEMS),
});

const PlanLine = z.object({
  kind: z.literal("plan"),
  owner: Owner,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  meal: z.enum(MEALS),
  recipe: RecipeRef,
  servings: z.number().int().min(1).max(MAX_SERVINGS).optional(),
  note: z.string().max(MAX_NOTE).optional(),
  createdAt: Stamp,
});

export const COUNTED_KINDS = ["user", "image", "recipe", "board", "list", "plan"] as const;
export type CountedKind = (typeof COUNTED_KINDS)[number];
export type KindCounts = Record<CountedKind, number>;

const EndLine = z.object({
  kind: z.literal("end"),
  counts: z.object(
    Object.fromEntries(COUNTED_KINDS.map((k) => [k, z.number().int().nonnegative()])) as {
      [K in CountedKind]: z.ZodNumber;
    },
  ),
  /** Images recipes name that the source no longer had (or over the cap): not in the file. */
  missingImages: z.number().int().nonnegative().optional(),
});

export const BackupLine = z.discriminatedUnion("kind", [
  UserLine,
  ImageLine,
  RecipeLine,
  BoardLine,
  ListLine,
  PlanLine,
  EndLine,
]);
export type BackupLine = z.infer<typeof BackupLine>;
export type UserLine = z.infer<typeof UserLine>;
export type ImageLine = z.infer<typeof ImageLine>;
export type RecipeLine = z.infer<typeof RecipeLine>;
export type BoardLine = z.infer<typeof BoardLine>;
export type ListLine = z.infer<typeof ListLine>;
export type PlanLine = z.infer<typeof PlanLine>;
export type EndLine = z.infer<typeof EndLine>;

export const noCounts = (): KindCounts => ({
  user: 0,
  image: 0,
  recipe: 0,
  board: 0,
  list: 0,
  plan: 0,
});

/** The first thing zod found wrong, as a person reads it: "recipe.title: Too small…". */
export function describeZodError(error: z.ZodError): string {
  const [first] = error.issues;
  if (!first) return "not valid";
  const path = first.path.map(String).join(".");
  return path ? `${path}: ${first.message}` : first.message;
}

/** What a restore did. `skipped`: kept already (a rerun skips everything it restored before). */
export interface RestoreSummary {
  readonly restored: KindCounts;
  readonly skipped: KindCounts;
  /** Pins, planned meals and list items' recipe links left out: their recipe is neither in the
   *  backup nor one the new owner may see here. */
  dropped: number;
  /** What a person should know, a line each (the first few dozen). */
  readonly notes: string[];
}

export const MAX_NOTES = 50;

export const newSummary = (): RestoreSummary => ({
  restored: noCounts(),
  skipped: noCounts(),
  dropped: 0,
  notes: [],
});

export function addNote(summary: RestoreSummary, note: string): void {
  if (summary.notes.length < MAX_NOTES) summary.notes.push(note);
}
