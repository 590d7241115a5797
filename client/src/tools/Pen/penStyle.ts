/**
 * The pen's choices: a few colours that read well on the board and on a projector, and three
 * widths. The first colour is the schema's default stroke colour, so a stroke written by a
 * script looks like one drawn here.
 */
export const penColors = ['#1f2933', '#d64545', '#2f9e44', '#1c7ed6', '#f08c00'] as const;
export const penWidths = [2, 4, 8] as const;

export interface PenStyle {
  color: string;
  width: number;
}
