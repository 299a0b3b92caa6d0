/**
 * The 21 sections of the Harmonized System and the chapters each holds.
 *
 * Origin: section titles of the Harmonized Commodity Description and Coding System, HS 2022
 * edition, World Customs Organization (https://www.wcoomd.org/en/topics/nomenclature/instrument-and-tools/hs-nomenclature-2022-edition.aspx),
 * as also listed in UN Comtrade's HS reference table (https://comtradeapi.un.org/files/v1/app/reference/HS.json).
 * Licence: the HS is maintained by the WCO, which holds its copyright; the section titles are
 * quoted unchanged, only to name the groups, as UN Comtrade publishes them in its public
 * reference tables. Section numbers and chapter ranges are facts of the nomenclature. `short`
 * is Tradelens's own brief label for a tile.
 * Chapters 98 and 99 are left by the HS to national use; they get no section.
 */
export interface Section {
  id: string;
  title: string;
  short: string;
  /** First and last chapter (HS) or division (SITC) of the section, as numbers. */
  from: number;
  to: number;
}

export const HS_SECTIONS: Section[] = [
  ['I', 1, 5, 'Animals', 'Live animals; animal products'],
  ['II', 6, 14, 'Vegetables', 'Vegetable products'],
  [
    'III',
    15,
    15,
    'Fats and oils',
    'Animal, vegetable or microbial fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes',
  ],
  [
    'IV',
    16,
    24,
    'Foodstuffs',
    'Prepared foodstuffs; beverages, spirits and vinegar; tobacco and manufactured tobacco substitutes; products, whether or not containing nicotine, intended for inhalation without combustion; other nicotine containing products intended for the intake of nicotine into the human body',
  ],
  ['V', 25, 27, 'Minerals and fuels', 'Mineral products'],
  ['VI', 28, 38, 'Chemicals', 'Products of the chemical or allied industries'],
  [
    'VII',
    39,
    40,
    'Plastics and rubber',
    'Plastics and articles thereof; rubber and articles thereof',
  ],
  [
    'VIII',
    41,
    43,
    'Hides and leather',
    'Raw hides and skins, leather, furskins and articles thereof; saddlery and harness; travel goods, handbags and similar containers; articles of animal gut (other than silk-worm gut)',
  ],
  [
    'IX',
    44,
    46,
    'Wood',
    'Wood and articles of wood; wood charcoal; cork and articles of cork; manufactures of straw, of esparto or of other plaiting materials; basketware and wickerwork',
  ],
  [
    'X',
    47,
    49,
    'Paper',
    'Pulp of wood or of other fibrous cellulosic material; recovered (waste and scrap) paper or paperboard; paper and paperboard and articles thereof',
  ],
  ['XI', 50, 63, 'Textiles', 'Textiles and textile articles'],
  [
    'XII',
    64,
    67,
    'Footwear and headgear',
    'Footwear, headgear, umbrellas, sun umbrellas, walking-sticks, seat-sticks, whips, riding-crops and parts thereof; prepared feathers and articles made therewith; artificial flowers; articles of human hair',
  ],
  [
    'XIII',
    68,
    70,
    'Stone and glass',
    'Articles of stone, plaster, cement, asbestos, mica or similar materials; ceramic products; glass and glassware',
  ],
  [
    'XIV',
    71,
    71,
    'Precious metals and stones',
    'Natural or cultured pearls, precious or semi-precious stones, precious metals, metals clad with precious metal, and articles thereof; imitation jewellery; coin',
  ],
  ['XV', 72, 83, 'Base metals', 'Base metals and articles of base metal'],
  [
    'XVI',
    84,
    85,
    'Machinery and electrical',
    'Machinery and mechanical appliances; electrical equipment; parts thereof; sound recorders and reproducers, television image and sound recorders and reproducers, and parts and accessories of such articles',
  ],
  [
    'XVII',
    86,
    89,
    'Transport equipment',
    'Vehicles, aircraft, vessels and associated transport equipment',
  ],
  [
    'XVIII',
    90,
    92,
    'Instruments',
    'Optical, photographic, cinematographic, measuring, checking, precision, medical or surgical instruments and apparatus; clocks and watches; musical instruments; parts and accessories thereof',
  ],
  ['XIX', 93, 93, 'Arms', 'Arms and ammunition; parts and accessories thereof'],
  ['XX', 94, 96, 'Miscellaneous manufactures', 'Miscellaneous manufactured articles'],
  ['XXI', 97, 97, 'Art and antiques', "Works of art, collectors' pieces and antiques"],
].map(([id, from, to, short, title]) => ({ id, from, to, short, title }) as Section);

/**
 * Section titles that HS 2022 changed: the earlier wording, that of every edition from HS 1992
 * to HS 2017 (HS 2022 added microbial fats to section III and nicotine products to section IV).
 * Origin: HS 2017 edition, World Customs Organization, as UN Comtrade's H0–H5 reference tables
 * list them.
 */
const TITLES_BEFORE_2022: Record<string, string> = {
  III: 'Animal or vegetable fats and oils and their cleavage products; prepared edible fats; animal or vegetable waxes',
  IV: 'Prepared foodstuffs; beverages, spirits and vinegar; tobacco and manufactured tobacco substitutes',
};

/** The edition of the HS that `HS_SECTIONS` quotes. */
export const HS_TITLES_EDITION = 2022;

/** A section's title in the HS edition the codes follow (the 2022 wording when not known). */
export function sectionTitle(section: Section, edition?: number): string {
  const before =
    edition !== undefined && edition < 2022 ? TITLES_BEFORE_2022[section.id] : undefined;
  return before ?? section.title;
}

/**
 * The 10 sections of the Standard International Trade Classification (SITC Rev. 4), by their
 * one-digit code. Origin: United Nations Statistics Division, SITC Revision 4 (Statistical
 * Papers Series M No. 34/Rev.4, 2006), https://unstats.un.org/unsd/classifications/Econ/sitc.
 */
export const SITC_SECTIONS: Section[] = [
  ['0', 'Food', 'Food and live animals'],
  ['1', 'Beverages and tobacco', 'Beverages and tobacco'],
  ['2', 'Crude materials', 'Crude materials, inedible, except fuels'],
  ['3', 'Fuels', 'Mineral fuels, lubricants and related materials'],
  ['4', 'Oils and fats', 'Animal and vegetable oils, fats and waxes'],
  ['5', 'Chemicals', 'Chemicals and related products, n.e.s.'],
  ['6', 'Manufactured goods', 'Manufactured goods classified chiefly by material'],
  ['7', 'Machinery and transport', 'Machinery and transport equipment'],
  ['8', 'Miscellaneous manufactures', 'Miscellaneous manufactured articles'],
  [
    '9',
    'Not classified elsewhere',
    'Commodities and transactions not classified elsewhere in the SITC',
  ],
].map(([id, short, title]) => ({
  id,
  short,
  title,
  from: Number(id) * 10,
  to: Number(id) * 10 + 9,
}));
