// Material Web form controls: text field (also the textarea: type="textarea"), select with
// options, checkbox, radio (Material Web has no radio group element), button.
import '@material/web/textfield/outlined-text-field.js';
import '@material/web/select/outlined-select.js';
import '@material/web/select/select-option.js';
import '@material/web/checkbox/checkbox.js';
import '@material/web/radio/radio.js';
import '@material/web/button/filled-button.js';
