"""What a build makes, in its order: the six languages (the UN's order), the two documents
and the two formats."""

UN_ORDER = ("ar", "zh", "en", "fr", "ru", "es")
DOCUMENTS = ("report", "addendum")
FORMATS = ("docx", "pdf")
