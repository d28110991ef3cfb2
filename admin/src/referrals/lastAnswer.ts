/** What the refer view asks findHelp: where (the station's municipality), and more. */
export type HelpQuestion = { where?: unknown } & Record<string, unknown>;

/**
 * The answer shown while the answer to `question` loads: the last one when it was asked about
 * the same place (other topics), none for another place, whose services would otherwise be
 * offered for the new station.
 */
export function lastAnswerAbout<T>(
  question: HelpQuestion | null,
  lastQuestion: HelpQuestion | null | undefined,
  lastAnswer: T | undefined,
): T | undefined {
  if (!question || !lastQuestion) return undefined;
  return JSON.stringify(lastQuestion.where) === JSON.stringify(question.where)
    ? lastAnswer
    : undefined;
}
