-- What an imported question brought beyond its content: name, idnumber, tags, penalty, each answer's credit and feedback.
alter table question add column details jsonb;
