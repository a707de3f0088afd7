// The fields a customer list's columns are mapped to in the pane, their labels, and how the core's
// field ids (lastPurchase / recencyDays for recency) map onto them.
import type { FieldId } from '../../src/grading/fields';
import type { StringKey } from './strings';

export type Field = 'recency' | 'frequency' | 'monetary' | 'customerId' | 'manualGrade'
  | 'currentValue' | 'growthPotential' | 'stability' | 'strategicImportance'
  | 'annualRevenue' | 'years' | 'acquisitionCost' | 'maintenanceCost'
  | 'thisQuarter' | 'lastQuarter' | 'responseHours';
export const WARN: readonly Field[] = ['thisQuarter', 'lastQuarter', 'responseHours'];
export const COMPOSITE: readonly Field[] = ['currentValue', 'growthPotential', 'stability', 'strategicImportance'];
export const CLV: readonly Field[] = ['annualRevenue', 'years', 'acquisitionCost', 'maintenanceCost'];
/** The three inputs grading cannot do without. */
export const REQUIRED: readonly Field[] = ['recency', 'frequency', 'monetary'];

/** A list's fields in the order the pane shows them, with their labels. */
export const FIELDS: readonly (readonly [Field, StringKey])[] = [
  ['recency', 'fieldRecency'], ['frequency', 'fieldFrequency'], ['monetary', 'fieldMonetary'], ['customerId', 'fieldId'],
  ['manualGrade', 'fieldManual'],
  ['currentValue', 'fieldCurrentValue'], ['growthPotential', 'fieldGrowth'], ['stability', 'fieldStability'],
  ['strategicImportance', 'fieldStrategic'],
  ['annualRevenue', 'fieldAnnualRevenue'], ['years', 'fieldYears'], ['acquisitionCost', 'fieldAcquisition'],
  ['maintenanceCost', 'fieldMaintenance'],
  ['thisQuarter', 'fieldThisQuarter'], ['lastQuarter', 'fieldLastQuarter'], ['responseHours', 'fieldResponse'],
];
const LABELS = new Map<Field, StringKey>(FIELDS);

/**
 * A field's label key.
 * @example fieldLabelKey('frequency') // 'fieldFrequency'
 */
export function fieldLabelKey(field: Field): StringKey {
  return LABELS.get(field)!;
}

/**
 * What a question asks for, as a phrase: the three required fields have their own ("the number of
 * orders"); the others are asked by their label.
 * @example whatKey('frequency') // 'whatFrequency'
 */
export function whatKey(field: Field): StringKey {
  return field === 'recency' ? 'whatRecency' : field === 'frequency' ? 'whatFrequency' : field === 'monetary' ? 'whatMonetary' : fieldLabelKey(field);
}

/**
 * The pane's field a core field id is about (recency is asked as a date or as days); undefined for a
 * field the pane does not show (a customer name, an order number).
 * @example paneField('lastPurchase') // 'recency'
 */
export function paneField(field: FieldId): Field | undefined {
  if (field === 'lastPurchase' || field === 'recencyDays') return 'recency';
  return LABELS.has(field as Field) ? field as Field : undefined;
}
