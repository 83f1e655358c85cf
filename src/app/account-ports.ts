import type { PlanStore } from "./plan-ports.js";
import type { RecipeScope, RecipeSummary } from "./ports.js";
import type { ShoppingListStore } from "./shopping-list-ports.js";

/** Ports of accounts, households and boards, beside ports.ts. Secrets (session and API
 *  tokens, reset links) reach stores only as hashes. */

export const ROLES = ["user", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly createdAt: Date;
}

export interface UserWithSecret extends User {
  readonly passwordHash: string;
}

export interface UserStore {
  /** Undefined when the email is taken. */
  create(input: {
    email: string;
    name: string;
    passwordHash: string;
    role: Role;
    now: Date;
  }): Promise<User | undefined>;
  findByEmail(email: string): Promise<UserWithSecret | undefined>;
  findById(id: string): Promise<User | undefined>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  setRole(id: string, role: Role): Promise<void>;
  list(): Promise<User[]>;
  count(): Promise<number>;
}

export interface Session {
  readonly userId: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export interface SessionStore {
  create(input: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
  }): Promise<void>;
  /** A live session: neither revoked nor expired at `now`. */
  find(tokenHash: string, now: Date): Promise<Session | undefined>;
  revoke(tokenHash: string, now: Date): Promise<void>;
  revokeAllOf(userId: string, now: Date): Promise<void>;
}

export interface ApiToken {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly createdAt: Date;
  readonly lastUsedAt?: Date;
  readonly revokedAt?: Date;
}

export interface ApiTokenStore {
  create(input: { userId: string; name: string; tokenHash: string; now: Date }): Promise<ApiToken>;
  /** A token not revoked; records its use. */
  useActive(tokenHash: string, now: Date): Promise<ApiToken | undefined>;
  listOf(userId: string): Promise<ApiToken[]>;
  /** False when the user has no such live token. */
  revoke(id: string, userId: string, now: Date): Promise<boolean>;
}

export interface PasswordResetStore {
  create(input: { tokenHash: string; userId: string; now: Date; expiresAt: Date }): Promise<void>;
  /** Whether the link still works (unused, unexpired). */
  isUsable(tokenHash: string, now: Date): Promise<boolean>;
  /** Uses the link once, atomically: the user it was for, or undefined when it is spent. */
  consume(tokenHash: string, now: Date): Promise<string | undefined>;
}

export const LIBRARY_ACCESS = ["read", "edit"] as const;
export type LibraryAccess = (typeof LIBRARY_ACCESS)[number];

/** A library shared with the viewer: whose, and what they may do in it. */
export interface LibraryGrant {
  readonly ownerId: string;
  readonly access: LibraryAccess;
}

export interface LibraryMember {
  readonly memberId: string;
  readonly name: string;
  readonly email: string;
  readonly access: LibraryAccess;
}

export interface LibraryStore {
  /** Adds the member, or changes their access. */
  share(input: {
    ownerId: string;
    memberId: string;
    access: LibraryAccess;
    now: Date;
  }): Promise<void>;
  unshare(ownerId: string, memberId: string): Promise<boolean>;
  librariesOf(memberId: string): Promise<LibraryGrant[]>;
  membersOf(ownerId: string): Promise<LibraryMember[]>;
}

export const BOARD_VISIBILITIES = ["private", "public"] as const;
export type BoardVisibility = (typeof BOARD_VISIBILITIES)[number];

export interface Board {
  readonly id: string;
  readonly ownerId: string;
  readonly name: string;
  readonly visibility: BoardVisibility;
  readonly createdAt: Date;
}

export interface BoardStore {
  create(input: {
    ownerId: string;
    name: string;
    visibility: BoardVisibility;
    now: Date;
  }): Promise<Board>;
  find(id: string): Promise<Board | undefined>;
  listOf(ownerId: string, visibility?: BoardVisibility): Promise<Board[]>;
  /** Pins last on the board; pinning twice keeps one pin. */
  pin(boardId: string, recipeId: string, now: Date): Promise<void>;
  unpin(boardId: string, recipeId: string): Promise<boolean>;
  /** Every pinned recipe's id in board order, whoever may see them. */
  pinOrder(boardId: string): Promise<string[]>;
  /** Renumbers the board's pins in this order (all of its pins, each once). */
  setPinOrder(boardId: string, recipeIds: readonly string[]): Promise<void>;
  /** The board's recipes in pin order, only those `scope` may list. */
  pinsOf(boardId: string, scope: RecipeScope): Promise<RecipeSummary[]>;
}

export interface Rating {
  readonly userId: string;
  readonly userName: string;
  readonly stars: number;
  readonly comment?: string;
  readonly hidden: boolean;
  readonly updatedAt: Date;
}

export interface RatingSummary {
  readonly count: number;
  readonly average: number;
}

export interface RatingStore {
  /** Adds the user's rating of the recipe, or replaces it (and shows it again). */
  rate(input: {
    recipeId: string;
    userId: string;
    stars: number;
    comment?: string;
    now: Date;
  }): Promise<void>;
  /** Newest first; hidden ones only when asked (for the recipe's keepers). */
  listFor(recipeId: string, includeHidden: boolean): Promise<Rating[]>;
  /** Over ratings not hidden. */
  summarise(recipeId: string): Promise<RatingSummary>;
  /** False when there is no such rating. */
  setHidden(recipeId: string, userId: string, hidden: boolean): Promise<boolean>;
}

/** The stores of accounts, households and boards, handed to HTTP and the CLI together. */
export interface AccountStores {
  readonly ratings: RatingStore;
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly apiTokens: ApiTokenStore;
  readonly passwordResets: PasswordResetStore;
  readonly libraries: LibraryStore;
  readonly boards: BoardStore;
  readonly shoppingLists: ShoppingListStore;
  readonly plans: PlanStore;
}
