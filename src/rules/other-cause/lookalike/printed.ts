/**
 * A failure of the `unauthorized:` family printed in a message says exactly what failed; a
 * description of a look-alike beside it ("the token is wrong", "no request is created") adds
 * nothing. Every described look-alike skips such a message (its `unlessPrinted`).
 */
export const PRINTED_AUTH_FAILURE =
  /unauthorized: |gateway token (?:mismatch|missing)|gateway password (?:mismatch|missing)|device token mismatch|config token does not match the service token/i;
