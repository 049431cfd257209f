// Small shared UI pieces. Screens import from here: '../../components'.
export { Button, type ButtonProps } from './Button';
export { TextField, TextArea, PasswordField, type TextFieldProps, type TextAreaProps, type PasswordFieldProps } from './TextField';
export { Checkbox, type CheckboxProps } from './Checkbox';
export { Card, type CardProps } from './Card';
export { Notice, ErrorNotice, type NoticeProps } from './Notice';
export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { CrisisLines, type CrisisLinesProps } from './CrisisLines';
export { CrisisHelp, type CrisisHelpProps } from './CrisisHelp';
export { SubNav, type SubNavProps, type SubNavTab } from './SubNav';
export { ContactList, PlanContacts, type ContactListProps, type PlanContactsProps } from './ContactList';
export { RecoveryCodeReveal, type RecoveryCodeRevealProps } from './RecoveryCodeReveal';
export { RadioGroup, type RadioGroupProps } from './RadioGroup';
export { LimitCounter, type LimitCounterProps } from './LimitCounter';
export { limitWords } from './limit-words';
