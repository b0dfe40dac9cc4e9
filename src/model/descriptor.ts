// What the suggester knows of a disclosure beyond its catalog entry: the words and units a report uses
// when it answers it. Kept as data in standards/descriptors/ (schemas/descriptors.schema.json).

export interface Descriptor {
  /** Canonical id (`GRI 305-1`, `SASB TC-HW-130a.1`, `SZSE 24`, `HKEX A1.1`); one descriptor serves every version of the code. */
  id: string;
  /** Curated keywords and synonyms, strongest first. Multi-word phrases are allowed. */
  keywords: { en: string[]; zh: string[] };
  /** Units an answer is written in (`tCO2e`, `吨二氧化碳当量`, `%`): a table cell in one of them is evidence. */
  units?: string[];
}

/** One descriptor file: `standards/descriptors/<framework>.json`. */
export interface DescriptorFile {
  framework: string;
  /** Where the words come from and how sure we are (standards/README.md). */
  source: string;
  descriptors: Descriptor[];
}
