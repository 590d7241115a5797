/**
 * The board's react-konva: Konva's core and only the shapes the board draws, registered by
 * importing them. 'react-konva' itself imports all of Konva, every shape and filter, which
 * each opening of a board would download, compile and run for nothing.
 */
import 'konva/lib/shapes/Arrow';
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Label';
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Path';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';

export { Arrow, Circle, Group, Label, Layer, Line, Path, Rect, Shape, Stage, Tag, Text } from 'react-konva/lib/ReactKonvaCore';
