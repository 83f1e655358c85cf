import { createContext } from "hono/jsx";

/** Who is signed in, for the header of every page, and the token its sign-out form sends. */
export interface Nav {
  readonly name: string;
  readonly csrfToken: string;
}

export const NavContext = createContext<Nav | undefined>(undefined);
