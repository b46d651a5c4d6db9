-- Acronym evidence for a batch: surface texts of one word written for an entity under another name ("FEMA"
-- for the Federal Emergency Management Agency), where the surface or the entity's name is one of the batch's
-- names (stg_identity_name, case-folded). transforms/name_forms.py keeps those the name spells.
SELECT a.entity_key, e.canonical_name, a.surface_text, a.mentions
FROM dim_entity_alias a JOIN dim_entity e USING (entity_key)
WHERE length(a.surface_text) BETWEEN 2 AND 12
  AND NOT contains(a.surface_text, ' ')
  AND lower(a.surface_text) <> lower(e.canonical_name)
  AND (
      lower(replace(a.surface_text, '.', '')) IN (SELECT replace(name, '.', '') FROM stg_identity_name)
      OR lower(e.canonical_name) IN (SELECT name FROM stg_identity_name)
  );
