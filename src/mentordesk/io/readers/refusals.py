"""Why a file is refused: each reason one line, in English and French, for
:class:`~mentordesk.io.tables.UnreadableFile`.
"""

from __future__ import annotations

from mentordesk.i18n import Text

EMPTY_FILE = Text(en="the file is empty", fr="le fichier est vide")
TOO_BIG = Text(
    en="the file is {size} MB, more than the {limit} MB MentorDesk reads",
    fr="le fichier pèse {size} Mo, plus que les {limit} Mo que MentorDesk accepte",
)
NOT_READABLE = Text(
    en="this is neither a spreadsheet (xlsx, ods, xls) nor a text export (csv, tsv)",
    fr="ce n'est ni un classeur (xlsx, ods, xls) ni un export texte (csv, tsv)",
)
DAMAGED = Text(
    en="the spreadsheet is damaged and cannot be read ({detail}); open it in your spreadsheet "
    "program and save it again",
    fr="le classeur est endommagé et illisible ({detail}) ; ouvrez-le dans votre tableur "
    "et enregistrez-le à nouveau",
)
ENCRYPTED = Text(
    en="the workbook is password-protected; save an unprotected copy and import that",
    fr="le classeur est protégé par un mot de passe ; enregistrez-en une copie sans mot de "
    "passe et importez-la",
)
BOMB = Text(
    en="the spreadsheet would expand to {size} MB in memory, more than the {limit} MB allowed "
    "(a damaged or malicious file?)",
    fr="le classeur occuperait {size} Mo une fois décompressé, plus que les {limit} Mo permis "
    "(fichier endommagé ou malveillant ?)",
)
TOO_MANY_ROWS = Text(
    en="a sheet has more than {limit} rows; split the file or import only what you need",
    fr="une feuille dépasse {limit} lignes ; découpez le fichier ou n'importez que l'utile",
)
TOO_MANY_CELLS = Text(
    en="the workbook has more than {limit} filled cells; import only the sheet you need",
    fr="le classeur dépasse {limit} cellules remplies ; n'importez que la feuille utile",
)
TOO_MANY_COLUMNS = Text(
    en="a sheet has more than {limit} columns", fr="une feuille dépasse {limit} colonnes"
)
TOO_SLOW = Text(
    en="reading the file took longer than {limit} s; it is too large or damaged",
    fr="la lecture du fichier a dépassé {limit} s ; il est trop gros ou endommagé",
)
GRID_TOO_BIG = Text(
    en="a sheet spans {rows:,} rows by {columns:,} columns, more than the {limit} cells "
    "MentorDesk reads, however few are filled; delete what lies far below or to the right "
    "of the answers",
    fr="une feuille s'étend sur {rows:,} lignes et {columns:,} colonnes, plus que les "
    "{limit} cellules que MentorDesk lit, même si peu sont remplies ; supprimez ce qui se "
    "trouve loin sous les réponses ou à leur droite",
)
CELL_TOO_LONG = Text(
    en="{where}holds more than {limit} characters, more than a spreadsheet cell can "
    "(a damaged or malicious file?)",
    fr="{where}contient plus de {limit} caractères, plus qu'une cellule de tableur n'en "
    "admet (fichier endommagé ou malveillant ?)",
)
A_CELL = Text(en="a cell ", fr="une cellule ")
THIS_CELL = Text(en="cell {cell} of {sheet} ", fr="la cellule {cell} de {sheet} ")
LINE_TOO_LONG = Text(
    en="line {row:,} is longer than {limit} characters (a damaged or malicious file?)",
    fr="la ligne {row:,} dépasse {limit} caractères (fichier endommagé ou malveillant ?)",
)
TEXT_TOO_BIG = Text(
    en="the cells hold more than {limit} MB of text; import only the sheet you need",
    fr="les cellules contiennent plus de {limit} Mo de texte ; n'importez que la feuille utile",
)
NO_SUCH_SHEET = Text(
    en="there is no sheet named {name!r} (sheets: {sheets})",
    fr="aucune feuille ne s'appelle « {name} » (feuilles : {sheets})",
)
NOT_FOUND = Text(en="no such file", fr="fichier introuvable")
CSV_UNDER_SPREADSHEET_NAME = Text(
    en="{name} is a text (CSV) file despite its name; it was read as CSV",
    fr="{name} est un fichier texte (CSV) malgré son nom ; il a été lu comme tel",
)
