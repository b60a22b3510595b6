/**
 * Bounds of the MCP server. Every string a client sends has a maximum length, every list a
 * maximum count, and a whole `tools/call` a maximum number of elements, so one request can never
 * make the server hold or scan an unbounded amount of data; and every answer has a maximum size,
 * so no client's read buffer is exceeded (the official SDK client gives up on a message over 10 MB).
 */
export const LIMITS = {
  /** review_config content: 1 MiB of config text, far above any real client config. */
  contentChars: 1_048_576,
  /** Lesson, scenario, quiz item and rule ids. */
  idChars: 100,
  /** Keys in an answers object (the interview has 16 questions). */
  answerKeys: 50,
  /** One free-text answer (server name, version, package, URL, image, owner). */
  answerChars: 500,
  /** Values in a list answer (capabilities has five choices). */
  answerListItems: 10,
  /** Quiz item ids a client may list as already asked. */
  excludeIds: 500,
  /** Array elements plus object members in one tools/call arguments payload. */
  toolInputElements: 2_000,
  /** One JSON-RPC message the server writes, serialised (UTF-8 bytes, newline excluded): 1 MB. */
  answerBytes: 1_000_000,
  /** One JSON-RPC line the server reads: 10 MiB, the SDK's own stdio limit. A longer line is skipped with an error. */
  lineBytes: 10 * 1024 * 1024,
} as const;
