import { describe, expect, it } from 'vitest';
import { NUM_HASHES, shingleHashes, signature } from './minhash.js';

/**
 * The shingle hashes as schema version 1 defined them, written the plain way: words are runs of
 * Unicode letters and digits of the lower-cased NFKD text, a shingle is three words joined by one
 * space, hashed with 32-bit FNV-1a. Stored signatures depend on exactly these values.
 */
function referenceShingles(text: string): Set<number> {
  const fnv = (s: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const words = text.toLowerCase().normalize('NFKD').match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 3) return new Set(words.length ? [fnv(words.join(' '))] : []);
  const out = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) out.add(fnv(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  return out;
}

const TEXTS = [
  'Kenya and Ethiopia signed a border security pact on Tuesday after two days of talks in Nairobi.',
  'ERBIL, Kurdistan Region of Iraq — The KDP’s leader met officials; 3 were hurt in 2024-12-30 clashes.',
  'Ça va? Naïve café\u0301s in İstanbul, ΣΊΣΥΦΟΣ — 北京 市 人民 ﬁne ２３ ǅemal ℌello 𝐀𝐁 wörld.',
  'lone \ud800 surrogate and tabs\tand\nnewlines',
  '',
  'one',
  'two words',
];

describe('MinHash shingles', () => {
  it('hashes the same shingles as schema version 1, so stored signatures stay comparable', () => {
    for (const t of TEXTS) expect([...shingleHashes(t)].sort()).toEqual([...referenceShingles(t)].sort());
  });

  it('gives one minimum per hash function, unchanged by repeated shingles', () => {
    const s = signature(TEXTS[0]!);
    expect(s).toHaveLength(NUM_HASHES);
    // both have the shingles {x y z, y z x, z x y}: the second repeats them
    expect(signature('Iran Iraq Syria. Iran Iraq Syria.')).toEqual(signature('Iran Iraq Syria Iran Iraq Syria Iran Iraq Syria'));
    expect(signature('Iran Iraq Syria. Iran Iraq Syria.')).not.toEqual(signature('Iran Iraq Syria. Iran Syria Iraq.'));
    expect([...signature('')].every((v) => v === 0xffffffff)).toBe(true);
  });
});

// Signatures as schema version 1's implementation computed them (stored signatures are compared with
// new ones, so a faster implementation must give exactly these values).
const STORED = [
  { text: TEXTS[0]!, signature: [343898153,320795388,364561536,33639701,283195906,168285636,237725114,662429104,45007195,282525434,261766858,659098973,18783980,512762756,319226942,401696568,54950163,281911573,67572575,428815507,655694925,14181405,73829890,421685918,67642368,408920266,31804386,132018668,92956948,282885974,6028907,25869667,15918992,364360999,287832574,323733846,196967585,22504206,438007027,262970298,12995054,329736645,193847493,97846430,67252650,33022386,429292688,223042266,473944524,666506165,655162581,172791107,501484376,56232793,557452573,258059158,502666167,139835129,281267730,99583742,311018066,314726010,288867220,430794919] },
  { text: TEXTS[2]!, signature: [45130924,7036904,458133561,316723014,518763020,158721847,518696869,36257178,79946675,484917982,114562646,251101383,323158839,138136961,147265095,507418555,376457966,10508952,9946865,390822539,438481146,22495222,519762006,56899899,32582861,404951198,1201090422,337002819,451740206,118409220,608667498,122099042,902505,35181072,107790107,184502622,31969851,26591744,337522630,399262906,370515796,81378021,268649979,531818973,43142517,341965687,481387165,190542544,632735658,6165176,16241182,70092141,785363187,209360926,33113165,160538045,12581566,78056150,599186806,264867498,300846605,9570733,41774412,382717682] },
  { text: TEXTS[6]!, signature: [1695536246,3238712327,3087927137,1473161189,2168149066,1054495498,463695192,433980925,2382789654,2789643274,3976755627,3822345407,1852426641,2248999184,2978012833,1657042525,2595488439,2634173298,3283516023,2742778899,2215486312,1228859662,1537679034,3610533147,1487225373,2820705990,3713582136,3692684498,1143038262,4145216888,2416257838,1396876878,1404313266,2084952740,2072051758,2314632801,1956834671,1671904405,3805858841,274110108,2678635134,974850948,3183369348,1004403609,3713553645,2688652686,924715839,2096496799,500114848,4196953660,4214520054,1715633409,1320254993,3969361307,4271483307,4046993680,1363132437,2391324401,3235378421,1779166805,2458793749,440674165,743910245,3203224835] },
];

describe('MinHash signatures', () => {
  it('are the values schema version 1 stored', () => {
    for (const s of STORED) expect([...signature(s.text)]).toEqual(s.signature);
  });
});
