/** A plain-text dump written for the CLI tests: a menu line, a headline, prose, a share line. */
export function textDump(topic: string): string {
  return [
    'Home | News | Sport | Weather',
    '',
    `Council approves ${topic} plan`,
    '',
    `The city council approved the ${topic} plan on Tuesday evening, after a debate that lasted more ` +
      'than four hours and ended with a narrow vote of eleven to nine in favour of the proposal.',
    '',
    'The mayor said the money would go to schools, roads and the two public libraries in the old town, ' +
      'which have been waiting for repairs since the floods three winters ago.',
    '',
    'Share this article',
  ].join('\n');
}
