"""The disclosure-management screen's own style rules, on top of resources/style.qss."""

PUBLISH_STYLE = """
QTableView#publishList, QTableView#disclosureBoard {
    selection-background-color: #cfe0f5; selection-color: #1f2933; }
QLabel#pageMessage { background: #e3f4e8; border: 1px solid #a8d5b5; border-radius: 4px;
                     padding: 6px 8px; color: #2f6f3e; }
QLabel#pageMessage[error="true"] { background: #fde2e1; border: 1px solid #f1a7a3; color: #9b1c1c; }
QLabel#returnedNote { background: #fff4d6; border: 1px solid #f0c36d; border-radius: 4px;
                      padding: 6px 8px; color: #5c3c00; }
QLabel#sectionTitle { font-weight: bold; color: #1f3a5f; padding-top: 6px; }
QLabel#boardLegend { color: #52606d; }
QListWidget#editorAttachments { background: white; border: 1px solid #d9e2ec; }
QPlainTextEdit { background: white; border: 1px solid #bcccdc; border-radius: 4px; }
QPlainTextEdit[invalid="true"] { border: 2px solid #b42318; }
QDateEdit { padding: 4px 6px; border: 1px solid #bcccdc; border-radius: 4px; background: white; }
QWidget#editorBody { background: #f5f7fa; }
"""
