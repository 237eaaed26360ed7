/**
 * Column names of the GDELT 2.0 event table and mentions table, in file order, as the GDELT 2.0
 * Event Database codebook gives them (the files themselves have no header row).
 */
const actorColumns = (n: 1 | 2) => [
  `Actor${n}Code`, `Actor${n}Name`, `Actor${n}CountryCode`, `Actor${n}KnownGroupCode`, `Actor${n}EthnicCode`,
  `Actor${n}Religion1Code`, `Actor${n}Religion2Code`, `Actor${n}Type1Code`, `Actor${n}Type2Code`, `Actor${n}Type3Code`,
];
const geoColumns = (p: 'Actor1' | 'Actor2' | 'Action') => [
  `${p}Geo_Type`, `${p}Geo_FullName`, `${p}Geo_CountryCode`, `${p}Geo_ADM1Code`, `${p}Geo_ADM2Code`,
  `${p}Geo_Lat`, `${p}Geo_Long`, `${p}Geo_FeatureID`,
];

export const GDELT_EVENT_COLUMNS: readonly string[] = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns(1), ...actorColumns(2),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1'), ...geoColumns('Actor2'), ...geoColumns('Action'),
  'DATEADDED', 'SOURCEURL',
];

export const GDELT_MENTION_COLUMNS: readonly string[] = [
  'GlobalEventID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier',
  'SentenceID', 'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence',
  'MentionDocLen', 'MentionDocTone', 'MentionDocTranslationInfo', 'Extras',
];
