/** Where a helper of several people chooses whom she helps now ("Wie helpt u nu?"). */
export const helperChoicePath = '/helpen';
