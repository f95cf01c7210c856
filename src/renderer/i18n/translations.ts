/**
 * Another language's text for an English table: the same keys, nested the same way, every text a
 * string. A Malay table typed `Translations<typeof queueEn>` fails to compile when a key is missing
 * or extra, so the languages cannot drift apart.
 */
export type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };
