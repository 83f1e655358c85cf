import type { AccountStores } from "../app/account-ports.js";
import type { Clock, RecipeStore } from "../app/ports.js";
import type { PasswordCost } from "../lib/password-hash.js";
import type { PageCache } from "./page-cache.js";

/** What every route module gets: the stores, the clock and how to address the site. Shaped so
 *  it can be handed to any use case as its deps. */
export interface RouteDeps extends AccountStores {
  readonly store: RecipeStore;
  readonly clock: Clock;
  readonly publicUrl?: string;
  readonly stylesheetHref: string;
  readonly passwordCost?: PasswordCost;
  /** Rendered pages of public recipes, as every anonymous reader gets them. */
  readonly pageCache: PageCache;
}
