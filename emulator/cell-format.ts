/** The per-cell format layers a sheet keeps besides values and formulas, and their defaults. */
/** Per-cell layers besides values and formulas. */
export type FormatProperty =
  | 'numberFormat'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontColor'
  | 'fontSize'
  | 'fontFamily'
  | 'background'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrap'
  | 'note';

export const FORMAT_DEFAULTS: Record<FormatProperty, unknown> = {
  numberFormat: '0.###############',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontFamily: 'Arial',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  note: '',
};
