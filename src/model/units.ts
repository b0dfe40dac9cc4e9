// Units of measure as data (standards/evidence/units.json, schemas/units.schema.json): the evidence checks
// read which units a figure carries and convert between units of one dimension (GJ and MWh are both energy).

export interface UnitDef {
  /** Spellings as reports print them (`tCO2e`, `吨二氧化碳当量`). */
  names: string[];
  /** How many of the dimension's base unit one of this unit is. */
  factor: number;
}

export interface UnitDimension {
  /** `ghg-mass`, `energy`, `volume`, `percent`, `count` … */
  id: string;
  base: string;
  note?: string;
  /** A physical quantity (GHG mass, energy, volume …), not a share, a count or money. */
  physical?: boolean;
  /** Other dimensions accepted for a metric of this one (plain tonnes for tCO2e, the row naming the gas). */
  compatible?: string[];
  units: UnitDef[];
}

export interface UnitsFile {
  source: string;
  dimensions: UnitDimension[];
}
