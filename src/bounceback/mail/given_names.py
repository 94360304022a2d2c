"""Common given names in the countries bounceback's users write from: a display name that
starts with one ("Ines Reid", "Joost van der Meulen") is a person, not an employer."""

from __future__ import annotations

import unicodedata

from bounceback.mail.names import words

GIVEN_NAMES = words("""
aaron abby abdul abdullah abena abigail ada adam adaeze adebayo adele adeola aditi aditya adrian
adriana agata agnes agnieszka ahmed aidan aileen aisha akira alan alba albert alberto alejandra
alejandro aleksandra alex alexander alexandra alexis alfie alfonso ali alice alicia alina alison
alistair alma alyssa amanda amara amelia amir amit amy ana anders andrea andreas andrei andrew
andrzej ane angela angelika anita anja anke ann anna anne anneke annika anthony anton antonia
antonio anya arjun arne arthur asha ashley astrid aurelie ava axel ayesha barbara bart bartosz
bea beata beatriz becky ben benedikt benjamin bernard bert beth bianca bill birgit bjorn björn
blessing bob bogdan brad brenda brian bridget britt bruno caitlin camila camille carl carla
carlos carmen carol caroline carolina cassie catalina catherine cecilia celine charles charlie
charlotte chen chiara chidi chioma chloe chris christian christina christine christoph
christopher cian ciara claire clara claudia colin connor conor constance craig cristina
daan dagmar daisy damian dan dana daniel daniela daniele danielle danny daria dariusz dave
david dawn dean debbie declan deepa deepak denise dennis derek diana diego dimitri dirk dmitri
dominic dominik donna dora doris dorota douglas dylan ebony ed eddie edith edward eilidh
eleanor elena eli elias elif elin elisa elisabeth eliza elizabeth ella ellen ellie elsa
emeka emil emilia emily emma enrique eric erik erika ernesto esther ethan eva evelyn ewa
fabian fabio faith farah fatima federica felix femi fernanda fernando fiona florian francesca
francesco francisco frank franziska fred freddie frederik freya gabriel gabriela gareth gary
gavin gemma george georgia gerard gerrit giada gianluca gift gillian gina giorgia giovanni
giulia giuseppe grace graham greg gregor grzegorz guillaume gustav hamza hana hannah hans
harriet harry hassan hazel heather hector heidi helen helena henrik henry hiroshi holly
hugo ian ida ifeoma igor ilse imogen ines ingrid irene iris isaac isabel isabella isla ivan
jack jacob jacqueline jade jake jakub james jamie jan jana jane janet janine jannik jasmine
jason javier jayden jean jeff jennifer jenny jeremy jerome jess jessica jim jo joan joanna
joao joe johan johanna john jolanta jon jonas jonathan jordan jorge jose josé josef joseph
josh joshua joost jos juan judith julia julian julie julien juliette justin kai kamil kamila
kaori kar karen karim karin karl karolina kasia kate katarzyna kate katherine kathryn katie
katja kayla keith kelly ken kenji kerry kevin khalid kim kirsten klaus krishna kristin
krzysztof kwame kylie lars laura lauren laurent lea leah lee leila lena leo leon leonie
liam lina linda lisa liv lorenzo louis louise luca lucas lucia lucy luis luisa luka lukas
łukasz maciej madeleine maeve magda magdalena maja malgorzata małgorzata manon manuel marc
marcel marco marcus margaret maria mariam marie marina mario mark marko marta martin martina
mary mateo mateusz mathilde matilda matt matteo matthew matthias max maxime maya megan mehmet
mei melanie melissa mia michael michał michal michelle miguel mika mike mila milan miriam
mohamed mohammed monika morgan nadia naomi natalia natalie nathan neil nick nicola nicolas
niamh nicole niels nikhil nina noah noor nora oliver olivia omar oscar owen pablo paola
patricia patrick paul paula paulina pavel pedro peter petra philip philipp pierre pieter
piotr pooja priya rachel rafael rahul raj rajesh ravi rebecca renata ricardo richard rita
rob robert roberto robin rohan roisin rosa rose ross ruby ruth ryan sabine sadie sally sam
samantha samuel sandra sanjay sara sarah sasha scott sean sebastian selin seo shauna sharon
shreya simon simone sina siobhan sofia sofie sonia sophie stefan stefanie steph stephanie
stephen steve steven sue susan susanne suzanne sven svenja szymon tamara tanya tara teresa
thomas tim timo tina tobias tom tomasz tommaso tony tracy tuan una valentina vanessa vera
veronica victor victoria vikram vincent viola vivek wei wendy will william wim wojciech
xavier yara yasmin yusuf yvonne zainab zara zoe zofia zsofia
abel adrianna agnese aidan aleksander alessandra alessandro alessia alfredo alicja amal amber
amelie andre andré andrés angel ángel angelo anke annemiek annelies antoine antonella arianna
armando arturo ashok bastian bastien beatrice benoit benoît bernd bettina
bram brandon brooke bryony callum candice carina carolyn cathal cedric cédric celia chantal
chelsea clément cornelia corinne dagny damien darius darren deborah deirdre delphine desmond
didier dieter dolores edoardo eduardo elżbieta emilio emre esra estelle fabiana fabrice
felipe filip filipa finn francine françois frida gaspard gerhard gilles giorgio
gonzalo greta guido gunnar hanna hannes harald heike helmut hendrik hilde ignacio ilaria
imran inés ingrid irina isabelle jacek jakob jamal jaroslaw jarosław jasper jeroen jesper
jesús joaquín joanne joelle jolien jordi josefine josephine joyce jule jürgen kacper karolien
kasper katrin kemal kerstin kofi kristof lara larissa laszlo laurens leandro leif lennart
leona letizia lieke lily linnea lisette loïc lorena lotte luana luc luciana ludovic magnus
mahmoud malin marcin mariana marianne marieke marisol marit marjolein martyna matías mathias
mathieu mattias maurice mauro maximilian michele mikael milena mirjam moritz nadine
natascha nathalie nele nils noemi noémie oksana olga olle oskar patrycja pauline pernilla
pietro pilar przemysław rafał raquel remco renée riccardo rocío roel roland romain
rosalie ruben rubén rutger sabrina salma samira sander sandro sanne sebastián serena sergio
silvia simona sjoerd snezana stefano stijn sylvie tatiana thijs thibault tiago tomás tove
ulrike ursula valentin valeria valérie vera vicente viktor vincenzo wiebke wouter yannick
yolanda yvette zeynep paweł grażyna jarek marek wojtek bożena halina krystyna zbigniew janusz
ryszard stanisław mirosław tadeusz ewelina justyna sylwia geneviève amélie hélène sébastien
jérôme frédéric stéphane thierry sandrine aurélie aline thiago rodrigo marcelo juliana gustavo
leonardo vinícius joão jaime álvaro raúl lucía kieran ciaran niall orla aoife eoin padraig
""")
# Each name also without its accents, as a display name may write it ("Pawel", "Genevieve").
GIVEN_NAMES = GIVEN_NAMES | frozenset(
    "".join(c for c in unicodedata.normalize("NFKD", name.replace("ł", "l"))
            if not unicodedata.combining(c)) for name in GIVEN_NAMES)
