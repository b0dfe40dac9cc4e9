// Findings carry a message id and data (ESLint's `messageId` + `data`); the text is rendered from them in
// the chosen locale. The id and data are the finding's stable identity (baselines key on them); the text
// may be reworded or translated without breaking anything that keys on the identity.

/** The languages disclose writes its messages and output chrome in. */
export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];

/** A phrase of the same rule's catalog filled with its own data, placed inside a message. */
export interface MessagePhrase {
  messageId: string;
  data?: MessageData;
}

/**
 * A value of a placeholder: text or a number as it is, a list (joined per locale by the placeholder's
 * format), or a phrase (rendered in the same locale). Plain data, so it serialises to JSON as it is.
 */
export type MessageValue = string | number | readonly (string | number)[] | MessagePhrase;

export interface MessageData {
  [name: string]: MessageValue;
}
