/** Where a helper of several people chooses whom she helps now, on "Wie help ik?". */
export const helperChoicePath = '/helpen';
