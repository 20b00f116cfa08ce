"""The import wizard: a questionnaire, meetings or feedback file read into a batch, step by step."""
