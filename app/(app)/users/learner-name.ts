/** "Ada Lovelace"; a learner imported without names is shown by email address instead. */
export function learnerName(learner: { firstName: string; lastName: string; email: string }): string {
  return `${learner.firstName} ${learner.lastName}`.trim() || learner.email;
}
