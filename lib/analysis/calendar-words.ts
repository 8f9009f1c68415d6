/**
 * Month and weekday names as news writes them, in full or cut short ("March", "Mar.", "Sept",
 * "Thurs"), in any case; nothing else that merely begins like one ("Monaco", "Marseille", "Sunderland").
 */
const MONTH =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
const WEEKDAY =
  /^(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$/i;

export function isMonthName(word: string): boolean {
  return MONTH.test(word);
}

export function isCalendarName(word: string): boolean {
  return MONTH.test(word) || WEEKDAY.test(word);
}
