import { lastAnswerAbout } from '../admin/src/referrals/lastAnswer';

/** The refer view's findHelp lists while the answer to a new question loads (HelpAtStation). */
describe('the answer shown while the next loads', () => {
  const jyvaskyla = { where: { municipalityCode: '179' }, kinds: ['RECEPTION'], limit: 100 };
  const answer = { total: 1, options: [] };

  it('is the last one when only the topics changed', () => {
    const withTopic = { ...jyvaskyla, topics: ['ASUMINEN'] };
    expect(lastAnswerAbout(withTopic, jyvaskyla, answer)).toBe(answer);
    expect(lastAnswerAbout(jyvaskyla, withTopic, answer)).toBe(answer);
  });

  it('is none for another place, or when there was no question before', () => {
    const lohja = { ...jyvaskyla, where: { municipalityCode: '444' } };
    expect(lastAnswerAbout(lohja, jyvaskyla, answer)).toBeUndefined();
    expect(lastAnswerAbout(jyvaskyla, null, answer)).toBeUndefined();
    expect(lastAnswerAbout(jyvaskyla, undefined, undefined)).toBeUndefined();
  });
});
