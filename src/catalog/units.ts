// The units file (standards/evidence/units.json): validated on first use, like the descriptors, so a `check`
// whose report locates no quantitative disclosure never compiles its schema.
import type { UnitsFile } from '../model/units.js';
import { assertValid } from '../validation.js';
import type { RawDescriptorFile } from './descriptors.js';

export function validUnits(raw: RawDescriptorFile): UnitsFile {
  const { $schema: _marker, ...file } = assertValid<UnitsFile & { $schema: string }>('units.schema.json', raw.data, raw.label, 'units', 'config');
  return file;
}
