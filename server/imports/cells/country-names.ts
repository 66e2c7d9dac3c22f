/**
 * Countries as other systems write them: ISO 3166-1 alpha-2 (CI), alpha-3 (CIV), the English short name
 * (Côte d'Ivoire, Vietnam, United States: from the ICU data every Node build carries, through
 * `Intl.DisplayNames`) and the common aliases below (Ivory Coast, Viet Nam, USA, UK, South Korea…).
 * Names are compared without accents, case, punctuation or a leading "the". Nothing is downloaded.
 */
import { COUNTRY_CODES } from '../../services/master-data/countries';

/** alpha-2 -> alpha-3, every officially assigned code (and XK, used by carriers for Kosovo). */
const ALPHA3 =
  'AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM AT:AUT AU:AUS AW:ABW AX:ALA AZ:AZE ' +
  'BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BL:BLM BM:BMU BN:BRN BO:BOL BQ:BES BR:BRA BS:BHS ' +
  'BT:BTN BV:BVT BW:BWA BY:BLR BZ:BLZ CA:CAN CC:CCK CD:COD CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL CM:CMR CN:CHN ' +
  'CO:COL CR:CRI CU:CUB CV:CPV CW:CUW CX:CXR CY:CYP CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA DO:DOM DZ:DZA EC:ECU EE:EST ' +
  'EG:EGY EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB GB:GBR GD:GRD GE:GEO GF:GUF ' +
  'GG:GGY GH:GHA GI:GIB GL:GRL GM:GMB GN:GIN GP:GLP GQ:GNQ GR:GRC GS:SGS GT:GTM GU:GUM GW:GNB GY:GUY HK:HKG HM:HMD ' +
  'HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN IN:IND IO:IOT IQ:IRQ IR:IRN IS:ISL IT:ITA JE:JEY JM:JAM ' +
  'JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM KI:KIR KM:COM KN:KNA KP:PRK KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA ' +
  'LI:LIE LK:LKA LR:LBR LS:LSO LT:LTU LU:LUX LV:LVA LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL MK:MKD ' +
  'ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP MQ:MTQ MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI MX:MEX MY:MYS MZ:MOZ NA:NAM ' +
  'NC:NCL NE:NER NF:NFK NG:NGA NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG ' +
  'PH:PHL PK:PAK PL:POL PM:SPM PN:PCN PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RE:REU RO:ROU RS:SRB RU:RUS RW:RWA ' +
  'SA:SAU SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SJ:SJM SK:SVK SL:SLE SM:SMR SN:SEN SO:SOM SR:SUR SS:SSD ' +
  'ST:STP SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF TG:TGO TH:THA TJ:TJK TK:TKL TL:TLS TM:TKM TN:TUN TO:TON ' +
  'TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR UG:UGA UM:UMI US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB VI:VIR ' +
  'VN:VNM VU:VUT WF:WLF WS:WSM XK:XKX YE:YEM YT:MYT ZA:ZAF ZM:ZMB ZW:ZWE';

/** Other names in use, by code (compared after `countryKey`). */
const ALIASES: Record<string, readonly string[]> = {
  US: ['USA', 'United States of America', 'America', 'U.S.', 'U.S.A.'],
  GB: ['UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  VN: ['Viet Nam'],
  KR: ['South Korea', 'Korea', 'Republic of Korea', 'Korea, Republic of', 'Korea South'],
  KP: ['North Korea', 'DPRK', "Korea, Democratic People's Republic of"],
  RU: ['Russia', 'Russian Federation'],
  IR: ['Iran', 'Iran, Islamic Republic of'],
  SY: ['Syria', 'Syrian Arab Republic'],
  LA: ['Laos', 'Lao PDR', "Lao People's Democratic Republic"],
  CZ: ['Czech Republic', 'Czechia'],
  NL: ['Holland', 'The Netherlands'],
  MM: ['Burma'],
  SZ: ['Swaziland', 'Eswatini'],
  MK: ['Macedonia', 'North Macedonia'],
  BO: ['Bolivia', 'Plurinational State of Bolivia'],
  VE: ['Venezuela', 'Bolivarian Republic of Venezuela'],
  TZ: ['Tanzania', 'United Republic of Tanzania'],
  MD: ['Moldova', 'Republic of Moldova'],
  CD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Democratic Republic of the Congo', 'Congo, Democratic Republic of the'],
  CG: ['Republic of the Congo', 'Congo-Brazzaville', 'Congo'],
  TW: ['Taiwan', 'Republic of China'],
  HK: ['Hong Kong'],
  MO: ['Macau', 'Macao'],
  PS: ['Palestine', 'State of Palestine', 'Palestinian Territories'],
  VA: ['Vatican', 'Vatican City', 'Holy See'],
  CV: ['Cape Verde', 'Cabo Verde'],
  TL: ['East Timor', 'Timor-Leste'],
  AE: ['UAE', 'Emirates'],
  TR: ['Turkey', 'Türkiye'],
  BN: ['Brunei', 'Brunei Darussalam'],
  FM: ['Micronesia', 'Federated States of Micronesia'],
  KN: ['Saint Kitts and Nevis'],
  LC: ['Saint Lucia'],
  VC: ['Saint Vincent and the Grenadines'],
  BS: ['Bahamas'],
  GM: ['Gambia'],
  XK: ['Kosovo'],
  CW: ['Curacao'],
  RE: ['Reunion'],
  ST: ['Sao Tome and Principe'],
  FK: ['Falkland Islands', 'Falklands'],
  BA: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina'],
  TT: ['Trinidad', 'Trinidad and Tobago'],
  AG: ['Antigua', 'Antigua and Barbuda'],
  VI: ['US Virgin Islands', 'U.S. Virgin Islands'],
  VG: ['British Virgin Islands'],
  SK: ['Slovak Republic'],
  KG: ['Kyrgyz Republic'],
  DE: ['Deutschland'],
  ES: ['España'],
  MX: ['México'],
};

/** "Côte d’Ivoire" and "cote d'ivoire" alike: "cote divoire". */
export function countryKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/^st /, 'saint ');
}

let byKey: Map<string, string> | null = null;

function table(): Map<string, string> {
  if (byKey) return byKey;
  const map = new Map<string, string>();
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    names = null;
  }
  for (const code of COUNTRY_CODES) {
    const name = names?.of(code);
    if (name && name !== code) map.set(countryKey(name), code);
  }
  for (const pair of ALPHA3.split(' ')) {
    const [two, three] = pair.split(':') as [string, string];
    map.set(countryKey(three), two);
  }
  for (const [code, aliases] of Object.entries(ALIASES)) for (const alias of aliases) map.set(countryKey(alias), code);
  byKey = map;
  return map;
}

/** The alpha-2 code of a country written as a code (alpha-2 or alpha-3), a name or an alias; null when unknown. */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 2) {
    const code = trimmed.toUpperCase();
    if (COUNTRY_CODES.has(code)) return code;
  }
  return table().get(countryKey(trimmed)) ?? null;
}

/** Every alpha-2 code with its alpha-3 code (for tests). */
export function alpha3Codes(): Map<string, string> {
  return new Map(ALPHA3.split(' ').map((p) => p.split(':') as [string, string]));
}
