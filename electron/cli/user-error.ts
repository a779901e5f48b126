/** A failure caused by the user's input: printed as a message, never as a stack trace. */
export class UserError extends Error {}
