/** Words that name a group of economies, not one (read only for values that matched no country). */
const GROUP_WORDS =
  /\b(world|total|all|others?|areas?|income|countries|economies|union|region|members?|excl|excluding|incl|including|nes|n e s|not specified|unspecified|special categories|bunkers|free zones|dividend|fragile|small states|ida|ibrd|oecd|asean|mercosur|nafta|apec|brics|opec|africa|asia|europe|european|america|americas|caribbean|pacific|oceania|middle east|baltics|arab|euro|sub saharan|developing|developed|advanced|emerging|least|hemisphere)\b/;
/** Codes of groups: Eurostat's EU27_2020, EA19, EFTA; Comtrade's W00 and X-codes; `_X`. */
const GROUP_CODES = /^(EU\d*|EA\d*|EEA\d*|EFTA|EU\d+_\d+|EA\d+_\d+|W00|X\d+|_X|WLD|EUU|EMU)$/i;

/**
 * Whether a value that matched no country names a group of them (World, regions, income
 * groups, the EU or euro area, “Advanced Economies”): a group is never drawn as a country.
 */
export function isGroup(value: string): boolean {
  const v = value.trim();
  if (GROUP_CODES.test(v)) return true;
  const words = v
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ');
  return GROUP_WORDS.test(words) || v.includes('&');
}
