/** Stable codes of account, sharing and board failures; http/problem.ts maps them to statuses. */
export const AccountIssueCode = {
  Unauthenticated: "UNAUTHENTICATED",
  Forbidden: "FORBIDDEN",
  CredentialsInvalid: "CREDENTIALS_INVALID",
  EmailTaken: "EMAIL_TAKEN",
  EmailInvalid: "EMAIL_INVALID",
  PasswordTooShort: "PASSWORD_TOO_SHORT",
  TokenInvalid: "TOKEN_INVALID",
  ResetLinkInvalid: "RESET_LINK_INVALID",
  UserNotFound: "USER_NOT_FOUND",
  ApiTokenNotFound: "API_TOKEN_NOT_FOUND",
  BoardNotFound: "BOARD_NOT_FOUND",
  ShareSelf: "SHARE_WITH_SELF",
} as const;
