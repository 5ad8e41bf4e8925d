import type { Flashcard, Question } from '../schema';

const topic = 'medical-diagnosis' as const;

export const questions: Question[] = [
	// ───────────── single choice ─────────────
	{
		id: 'medical-diagnosis-episode-follow-up',
		topic,
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The hosts single out one thing the model did in the paper’s medical example. What was it asked to do there?',
		options: [
			{ id: 'a', text: 'Read a patient’s scan and flag a tumour' },
			{ id: 'b', text: 'Name one more symptom to ask the patient about' },
			{ id: 'c', text: 'Choose the right dose of a drug for the patient' },
			{ id: 'd', text: 'Sort patients in an emergency room by urgency' }
		],
		answer: 'b',
		explanation:
			'The hosts say the model "can suggest follow-up questions based on symptoms", and that matches §7: given a pregnant patient’s symptoms and test results, the model is asked which one further symptom to ask about, and it names visual disturbances, with proteinuria next, both signs of preeclampsia. The paper studies no scans, doses or triage. (Just before, the episode also says the model "was shown to assist in medical diagnoses", which goes further than the paper’s textbook proof of concept.)',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They highlighted how the model can suggest follow-up questions based on symptoms'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'asked to suggest a follow-up question to inform diagnosis and treatment'
				},
				{
					section: '7',
					text: 'The model’s most likely completions are “visual disturbances,” and “proteinuria,” two key indicators of preeclampsia'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-follow-up-answer',
		topic,
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			"In the paper's pregnancy case (30 weeks, right upper quadrant pain, BP 162/98), which symptom did the model say to ask about?",
		options: [
			{ id: 'a', text: 'proteinuria' },
			{ id: 'b', text: 'visual disturbances' },
			{ id: 'c', text: 'decreased appetite' },
			{ id: 'd', text: 'neck stiffness' }
		],
		answer: 'b',
		explanation:
			'The model completed the prompt with "visual disturbances", a classic confirmatory sign of preeclampsia. Proteinuria was its next most likely answer, decreased appetite is what it said only after the preeclampsia features were inhibited, and neck stiffness belongs to a different example (a sudden severe headache).',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can suggest follow-up questions based on symptoms'
			},
			evidence: [
				{
					section: '7',
					text: 'The model’s most likely completions are “visual disturbances,” and “proteinuria,” two key indicators of preeclampsia'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-inhibit-preeclampsia',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'What happened when the researchers inhibited the preeclampsia features (at −2×)?',
		options: [
			{ id: 'a', text: 'It switched to "proteinuria", another sign of preeclampsia' },
			{ id: 'b', text: 'It declined to answer and advised seeing a doctor' },
			{ id: 'c', text: 'It asked about "decreased appetite", citing biliary disease' },
			{ id: 'd', text: 'It kept asking about "visual disturbances", exactly as before' }
		],
		answer: 'c',
		explanation:
			'With preeclampsia suppressed, the model turned to an alternative it had also represented and asked about "decreased appetite", explaining its choice in terms of cholecystitis or biliary disease. That the answer changed at all shows the preeclampsia features were causally driving the original question; "proteinuria" would still point to preeclampsia, so it is the tempting wrong pick.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'The model’s most likely response changes to suggest asking about decreased appetite, a common symptom of biliary system disorders like cholecystitis'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-unsupervised-deployment',
		topic,
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"A clinic wants to cite the paper's medical section as grounds for letting the model triage patients with no clinician checking its answers. What does the paper say that bears on this?",
		options: [
			{
				id: 'a',
				text: 'Its graphs held up on ambiguous cases, though only pregnancy-related ones'
			},
			{
				id: 'b',
				text: 'Written chain-of-thought is reliable enough for a clinician to audit instead'
			},
			{
				id: 'c',
				text: 'Its intervention tests showed the reasoning is sound, pending a pilot study'
			},
			{
				id: 'd',
				text: 'Its case is a single brief one; the tools cannot yet replace expert checks'
			}
		],
		answer: 'd',
		explanation:
			'The paper calls its medical example a single, brief case study and says it should not be read as showing that interpretability tools can justify trusting a model\'s medical answers "without human expert involvement". It studied only simple textbook cases, leaving ambiguous ones to future work; it warns that written chain-of-thought often misrepresents internal reasoning; and its interventions test one prompt\'s mechanism, not clinical soundness.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			},
			evidence: [
				{
					section: '7',
					text: 'given that written CoT reasoning often misrepresents the model’s actual internal reasoning process'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-strongest-input-removal',
		topic,
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"According to the graph's ranking of inputs, deleting which detail from the prompt would you expect to weaken the preeclampsia features the most?",
		options: [
			{ id: 'a', text: 'That she is 30 weeks pregnant' },
			{ id: 'b', text: 'That she has a mild headache' },
			{ id: 'c', text: 'That her liver enzymes are raised' },
			{ id: 'd', text: 'That her blood pressure is 162/98' }
		],
		answer: 'a',
		explanation:
			'The paper reports pregnancy as by far the strongest input to the preeclampsia features, with blood pressure next. Blood pressure is the tempting choice, but in this graph it ranks second; the headache and liver findings contribute more weakly.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'the pregnancy features (followed by blood pressure features) are by far the strongest inputs to the preeclampsia features, with the rest contributing more weakly'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-meningitis-features',
		topic,
		type: 'single',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In the paper\'s sudden-severe-headache example (the model asks about "neck stiffness"), what did the authors single out as interesting in the graph?',
		options: [
			{
				id: 'a',
				text: 'No diagnosis features were active; the answer came from headache features alone'
			},
			{
				id: 'b',
				text: 'The model named a diagnosis in its answer before choosing the symptom'
			},
			{
				id: 'c',
				text: 'Meningitis features fired too, although meningitis was not a likely diagnosis'
			},
			{
				id: 'd',
				text: 'Inhibiting the headache features left the answer unchanged'
			}
		],
		answer: 'c',
		explanation:
			'Besides thunderclap-headache and subarachnoid-haemorrhage features pushing "neck", a group of meningitis features lit up, fed by the headache and haemorrhage features, even though meningitis did not fit the case well. So the graph holds a less likely diagnosis alongside the leading one; the paper simply flags this as interesting, without drawing a broader lesson from it. The graph did have diagnosis features, and the paper reports no headache inhibition here.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'features relating to meningitis symptoms also activate, receiving input from headache features and the subarachnoid hemorrhage features, despite meningitis not being a particularly likely diagnosis in this case'
				}
			]
		}
	},

	// ───────────── multi-select ─────────────
	{
		id: 'medical-diagnosis-preeclampsia-inputs',
		topic,
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: "Which details of the prompt fed the model's internal preeclampsia features?",
		options: [
			{ id: 'a', text: 'The pregnancy (30 weeks gestation)' },
			{ id: 'b', text: 'The nausea she presents with' },
			{ id: 'c', text: 'The right upper quadrant pain' },
			{ id: 'd', text: 'The high blood pressure reading' },
			{ id: 'e', text: 'The visual disturbances she reports' }
		],
		answers: ['a', 'c', 'd'],
		explanation:
			"Features for the pregnancy, the right-upper-quadrant pain, the headache, the high blood pressure and the liver findings all feed the preeclampsia features, although the prompt never names the condition. Nausea is in the case but is not among the inputs the paper names. Visual disturbances are not reported by the patient at all: visual-deficit features sit downstream of preeclampsia, as a sign to ask about, and they shape the model's answer rather than feed its hypothesis.",
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'If it suggests a diagnosis based on certain symptoms, we should know how it arrived at that conclusion.'
			},
			evidence: [
				{
					section: '7',
					text: 'The preeclampsia features activate downstream features representing additional symptoms that would provide confirmatory evidence'
				},
				{
					section: '7',
					text: 'First, the model activates features corresponding to the patient’s status and symptoms – pregnancy, right upper quadrant pain, headache, elevated blood pressure, and liver abnormalities'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-paper-caveats',
		topic,
		type: 'multi',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'Which of these does §7, the paper’s medical section, say?',
		options: [
			{ id: 'a', text: 'Its example is a proof of concept with textbook-style symptoms' },
			{
				id: 'b',
				text: 'The model was shown to assist in medical diagnoses',
				misconception: 'C50'
			},
			{ id: 'c', text: 'Interpretability might rightly lower trust as well as raise it' },
			{ id: 'd', text: 'The model is less accurate than trained doctors' },
			{ id: 'e', text: 'The same clean picture holds for ambiguous real-world cases' }
		],
		answers: ['a', 'c'],
		explanation:
			'The paper presents its simple, "textbook" example as a proof of concept, and says interpretability could increase "(or decrease, if appropriate!)" trust. It never compares the model with doctors, it leaves ambiguous cases for future work, and it did not test the model helping anyone diagnose: "shown to assist" is the episode\'s overstatement.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			},
			evidence: [
				{
					section: '7',
					text: 'We present it as a proof of concept illustration that models can use interpretable internal steps in medical contexts'
				},
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs and enable medical professionals to synthesize the model’s reasoning with their own'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-clinician-uses',
		topic,
		type: 'multi',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"A clinician can inspect the model's internal features for a case. Which uses of that view fit what the paper envisages?",
		options: [
			{ id: 'a', text: "Weighing the model's reasoning against their own judgement" },
			{ id: 'b', text: "Reading the model's written rationale as a faithful record of its steps" },
			{ id: 'c', text: 'Trusting the answer less if its reasoning looks off' },
			{ id: 'd', text: 'Taking the tidy textbook graph as a guide to its handling of murky cases' }
		],
		answers: ['a', 'c'],
		explanation:
			'The paper hopes interpretability will help medical professionals "synthesize the model\'s reasoning with their own", and that it could raise or, where appropriate, lower trust. It warns that written chain-of-thought often misrepresents the model\'s internal reasoning, so a rationale is no record of the steps; and it calls its example a simple textbook case, with ambiguous cases left to future work.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'essentially blending human expertise with AI capabilities'
			},
			evidence: [
				{
					section: '7',
					text: 'given that written CoT reasoning often misrepresents the model’s actual internal reasoning process'
				},
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs and enable medical professionals to synthesize the model’s reasoning with their own'
				}
			]
		}
	},

	// ───────────── true / false ─────────────
	{
		id: 'medical-diagnosis-tf-blending',
		topic,
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			"The episode says that understanding the model's internal steps can help clinicians, blending human expertise with AI capabilities; the paper's medical section voices the same hope.",
		answer: true,
		explanation:
			'Here the episode is faithful: the paper hopes interpretability will let medical professionals combine the model’s reasoning with their own, and that legible internal steps could help models supplement clinicians’ expertise. It pairs that hope with a warning that its tools are not yet good enough to trust medical answers without experts.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "They emphasized that understanding the model's internal steps can help clinicians make better-informed decisions, essentially blending human expertise with AI capabilities."
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs and enable medical professionals to synthesize the model’s reasoning with their own'
				},
				{
					section: '7',
					text: 'it does suggest that models’ internal diagnostic reasoning can, in some cases, be broken down into legible steps, which could be important for using them to supplement clinicians’ expertise'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-unstated-diagnosis',
		topic,
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The model\'s preeclampsia features became active even though the word "preeclampsia" appears nowhere in the prompt.',
		answer: true,
		explanation:
			'The diagnosis is an internal intermediate step: symptom and status features converge on a preeclampsia representation, which then drives the choice of follow-up question. This is the same pattern as the Dallas → Texas → Austin example, where an unstated fact is worked out inside a single forward pass.',
		sources: {
			paper: ['7', '3'],
			evidence: [
				{
					section: '7',
					text: 'Notably, in this prompt, the word “preeclampsia” does not appear – rather, the model represents it internally'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-shown-to-assist',
		topic,
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'As the episode puts it, the model "was shown to assist in medical diagnoses": the paper\'s medical section tests the model as an aid to clinicians making diagnoses.',
		answer: false,
		misconception: 'C50',
		explanation:
			'Grant the episode this much: the follow-up the model picks is clinically sensible (visual disturbances, then proteinuria, both signs of preeclampsia), and the paper says it uses candidate diagnoses to inform such questions. But what the section shows is narrower: on textbook-style prompts, the model settles internally on a likely diagnosis, which then steers the question it asks next. No clinician or patient is assisted in any test; the paper calls it a proof of concept and warns against trusting medical answers without human experts, so "shown to assist" overstates it.',
		sources: {
			paper: ['7', '1'],
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			},
			evidence: [
				{
					section: '7',
					text: 'We present it as a proof of concept illustration that models can use interpretable internal steps in medical contexts'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-lower-trust-good',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			"If inspecting a model's internals revealed flawed reasoning behind a medical answer, the paper would count a resulting drop in trust as a good outcome.",
		answer: true,
		explanation:
			'The paper says interpretability could increase "(or decrease, if appropriate!)" trust in a model\'s outputs: the goal is calibrated trust, not more trust. The episode\'s closing line about trusting models "or not" reflects this correctly.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			},
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs and enable medical professionals to synthesize the model’s reasoning with their own'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-alternatives-not-error',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'When the preeclampsia features were inhibited, the model stopped suggesting visual disturbances and proposed asking about decreased appetite instead.',
		answer: true,
		explanation:
			'True. The model had represented a biliary alternative (cholecystitis, cholestasis) alongside preeclampsia, much as a clinician keeps a differential in mind. Inhibiting preeclampsia switched off the features for its signs, and the answer moved to decreased appetite, a biliary symptom. It did not fall back on another preeclampsia sign such as proteinuria, since those features were switched off with it.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'the model simultaneously activates features representing alternative diagnoses, particularly biliary system disorders like cholecystitis or cholestasis'
				},
				{
					section: '7',
					text: 'The model’s most likely response changes to suggest asking about decreased appetite, a common symptom of biliary system disorders like cholecystitis'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-tf-heuristics',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The paper presents the last of its further medical examples as the cleanest of the set, with a simpler attribution graph than the preeclampsia case.',
		answer: false,
		explanation:
			'Part of the reasoning follows logical steps, as in the preeclampsia case, but the authors add that the model seems to run many heuristics in parallel, some more clinically sound than others. The last example is the one the paper flags as more complex, not simpler. A tidy diagram for one textbook case is not evidence that every medical answer is reached soundly.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'The final example presents an instance where the attribution graph is more complex'
				},
				{
					section: '7',
					text: 'it seems to employ many heuristics in parallel that contribute to its response, some of which appear more clinically sound than others'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-tf-chest-pain-differential',
		topic,
		type: 'true-false',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In the example where the model asks about chest pain, the graph shows it choosing that question by weighing how likely chest pain is under acute coronary syndrome versus heart failure.',
		answer: false,
		explanation:
			'Chest pain would indeed be a good question for telling those two apart, but the authors say they cannot tell from the graph whether the model reasons about that difference at all; the inputs to its acute-coronary-syndrome features are weak and unclear. A sensible question is not proof of the reasoning a clinician would use to reach it.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'It is not clear to us from the graph whether the model is truly reasoning about the differential likelihood of chest pain between the two diagnoses'
				},
				{
					section: '7',
					text: 'the inputs to the acute coronary syndrome features are less clear – it receives only weak input from any of the features representing listed symptoms'
				}
			]
		}
	},

	// ───────────── typed ─────────────
	{
		id: 'medical-diagnosis-internal-diagnosis',
		topic,
		type: 'typed',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which condition did the model represent internally for the pregnant 32-year-old (30 weeks) with high blood pressure and right upper quadrant pain?',
		accepted: ['preeclampsia', 'pre-eclampsia', 'pre eclampsia'],
		explanation:
			'The paper found preeclampsia features active in the middle of the computation, although the prompt never names the condition. Those features then promoted its confirmatory symptoms, which is how the model chose "visual disturbances".',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'These patient status features collectively activate features representing potential diagnoses, with preeclampsia emerging as the primary hypothesis'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-alternative-after-inhibition',
		topic,
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'After the preeclampsia features were inhibited, the model asked about decreased appetite. Which kind of disease did its rationale point to instead (one or two words)?',
		accepted: [
			'biliary disease',
			'biliary',
			'cholecystitis',
			'acute cholecystitis',
			'gallbladder disease',
			'gallbladder',
			'biliary system disorder',
			'biliary system disorders',
			'biliary disorder',
			'biliary disorders'
		],
		explanation:
			'The rationale turned to cholecystitis, a biliary disease, one of the alternatives the model had represented alongside preeclampsia. Removing the leading hypothesis let the runner-up decide the follow-up question, which is what makes the intervention causal evidence.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'The model’s most likely response changes to suggest asking about decreased appetite, a common symptom of biliary system disorders like cholecystitis'
				}
			]
		}
	},

	// ───────────── cloze ─────────────
	{
		id: 'medical-diagnosis-cloze-partial-account',
		topic,
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		text: 'The authors call their preeclampsia diagram only a {{1}} account of the mechanisms: many other features for medical concepts and {{2}} are active too, some of them less directly relevant to the diagnosis.',
		gaps: [
			['partial', 'incomplete'],
			['symptoms', 'symptom']
		],
		explanation:
			'The diagram shows what looks like the critical path from findings to question, but the full graph holds much more. That is why an intervention is needed to show the path matters, and why the tidy diagram should not be read as everything the model did.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'We emphasize that the diagram above is only a partial account of the mechanisms active in the model'
				},
				{
					section: '7',
					text: 'there are many other features active in the model representing other medical concepts and symptoms, including many which appear less directly relevant to the diagnosis'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-confirmatory-cloze',
		topic,
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		text: 'Once active, the preeclampsia features promote features for confirmatory symptoms such as {{1}} deficits and {{2}}, and the model asks about the first.',
		gaps: [
			['visual', 'vision'],
			['proteinuria', 'protein in the urine', 'protein in urine']
		],
		explanation:
			'The model works from a suspected diagnosis to the symptom that would best confirm it, much like a clinician testing a hypothesis. That is why its top answer was "visual disturbances" and its runner-up "proteinuria".',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'we need to understand its reasoning process'
			},
			evidence: [
				{
					section: '7',
					text: 'The preeclampsia features activate downstream features representing additional symptoms that would provide confirmatory evidence for a preeclampsia diagnosis'
				},
				{
					section: '7',
					text: 'The model’s most likely completions are “visual disturbances,” and “proteinuria,” two key indicators of preeclampsia'
				}
			]
		}
	},

	// ───────────── ordering ─────────────
	{
		id: 'medical-diagnosis-reasoning-order',
		topic,
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: "Put the steps of the model's internal route to its follow-up question in order.",
		items: [
			{
				id: 'a',
				text: 'Features for pregnancy, upper-right pain and high blood pressure activate'
			},
			{ id: 'b', text: 'These converge on preeclampsia features' },
			{ id: 'c', text: 'Preeclampsia features activate features for confirming symptoms' },
			{ id: 'd', text: 'The model writes "visual disturbances"' }
		],
		explanation:
			'The route runs from the stated findings to an unstated diagnosis, and from the diagnosis to the symptom that would confirm it. Inhibiting the diagnosis step changes the final answer, which shows the middle of the chain is doing real work rather than being a label added after the fact.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'These patient status features collectively activate features representing potential diagnoses, with preeclampsia emerging as the primary hypothesis'
				},
				{
					section: '7',
					text: 'The preeclampsia features activate downstream features representing additional symptoms that would provide confirmatory evidence for a preeclampsia diagnosis'
				}
			]
		}
	},

	// ───────────── matching ─────────────
	{
		id: 'medical-diagnosis-match-graph-roles',
		topic,
		type: 'matching',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Match each group of features in the preeclampsia graph with the role the paper gives it.',
		pairs: [
			{
				id: 'a',
				left: 'Pregnancy, pain, headache, blood pressure, liver findings',
				right: 'Inputs to the diagnostic reasoning'
			},
			{
				id: 'b',
				left: 'Preeclampsia features',
				right: 'The primary hypothesis, never named in the prompt'
			},
			{
				id: 'c',
				left: 'Cholecystitis and cholestasis features',
				right: 'Rival diagnoses held at the same time'
			},
			{
				id: 'd',
				left: 'Visual-deficit and proteinuria features',
				right: 'Confirming symptoms behind the top two answers'
			}
		],
		explanation:
			'The graph has the shape of a differential diagnosis: findings feed a leading hypothesis, rivals are kept in view, and the hypothesis points to the symptoms that would confirm it. The rival biliary diagnosis is the one that takes over when the preeclampsia features are inhibited.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'These patient status features collectively activate features representing potential diagnoses, with preeclampsia emerging as the primary hypothesis'
				},
				{
					section: '7',
					text: 'the model simultaneously activates features representing alternative diagnoses, particularly biliary system disorders like cholecystitis or cholestasis'
				}
			]
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'medical-diagnosis-card-prompt-and-answer',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'32-year-old, 30 weeks pregnant, right upper quadrant pain, BP 162/98, raised liver enzymes: which single symptom did the model say to ask about?',
		back: '"Visual disturbances"; runner-up "proteinuria".',
		explanation:
			'Both are confirmatory signs of preeclampsia, the diagnosis the model represented internally. The prompt limits the model to one further question, which makes the choice a window into its reasoning.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can suggest follow-up questions based on symptoms'
			},
			evidence: [
				{
					section: '7',
					text: 'The model’s most likely completions are “visual disturbances,” and “proteinuria,” two key indicators of preeclampsia'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-hidden-diagnosis',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'In the paper’s medical case, a woman 30 weeks pregnant has right-upper-quadrant pain, a headache, blood pressure of 162/98 and raised liver enzymes. How does the model get from these to asking about visual disturbances?',
		back: 'Symptom features activate preeclampsia features (the prompt never names it), which activate features for symptoms that would confirm it, such as visual deficits.',
		explanation:
			'The diagnosis is an unstated intermediate step computed inside the model. The paper describes this as something that "mirrors clinical diagnostic thinking".',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'Notably, in this prompt, the word “preeclampsia” does not appear – rather, the model represents it internally'
				},
				{
					section: '7',
					text: 'The preeclampsia features activate downstream features representing additional symptoms that would provide confirmatory evidence for a preeclampsia diagnosis'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-strongest-inputs',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'In the paper’s preeclampsia case, which details of the patient’s prompt were the strongest inputs to the model’s preeclampsia features?',
		back: 'Pregnancy first, then blood pressure.',
		explanation:
			'Not every symptom counts equally: right-upper-quadrant pain, headache and the liver findings contribute as well, but more weakly. The ranking fits the condition, which the paper’s figure describes as “a hypertensive disorder of pregnancy”. It comes from edge strengths in the attribution graph; the paper did not test it by editing the prompt.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'the pregnancy features (followed by blood pressure features) are by far the strongest inputs to the preeclampsia features, with the rest contributing more weakly'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-inhibition',
		topic,
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Inhibit the preeclampsia features at −2×: what does the model ask about instead?',
		back: '"Decreased appetite", justified by pointing to cholecystitis / biliary disease.',
		explanation:
			'The switch shows the preeclampsia features causally drove the original question. It also shows the model had a rival diagnosis ready, which took over once the leading one was suppressed.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'The model’s most likely response changes to suggest asking about decreased appetite, a common symptom of biliary system disorders like cholecystitis'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-chest-pain-unclear',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'The model asks about chest pain for a patient who may have heart failure or acute coronary syndrome. What can the authors not tell from the graph?',
		back: 'Whether the model really weighs how likely chest pain is under each diagnosis, or whether the danger of acute coronary syndrome plays a part.',
		explanation:
			'Chest pain is a good question for separating the two conditions, yet the graph gives the acute-coronary-syndrome features only weak, unclear inputs. A clinically sensible answer does not show clinically sound reasoning behind it.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'It is not clear to us from the graph whether the model is truly reasoning about the differential likelihood of chest pain between the two diagnoses'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-differential',
		topic,
		kind: 'concept',
		difficulty: 'recall',
		front:
			'Besides preeclampsia, which alternative diagnoses did the model represent, and what does the paper compare this to?',
		back: 'Biliary conditions (cholecystitis, cholestasis); the paper likens the process to clinical diagnostic thinking (differential diagnosis).',
		explanation:
			'Keeping rival diagnoses active fits the paper\'s remark that the computation "mirrors clinical diagnostic thinking". The biliary alternative is what surfaces when preeclampsia is inhibited.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'the model simultaneously activates features representing alternative diagnoses, particularly biliary system disorders like cholecystitis or cholestasis'
				},
				{
					section: '7',
					text: 'The graph reveals a process that mirrors clinical diagnostic thinking'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-contrast-assist',
		topic,
		kind: 'contrast',
		claim: 'C50',
		difficulty: 'mechanism',
		front:
			'Episode: the model "was shown to assist in medical diagnoses". What did §7 actually observe and test?',
		back: 'Which single follow-up symptom the model picks for a textbook-style vignette ("visual disturbances"), and that features for preeclampsia, a diagnosis the prompt never names, drive that pick; inhibiting them switches the pick to "decreased appetite".',
		explanation:
			"The evidence is about the model's internal reasoning on a constructed prompt, not about diagnosing real patients or helping clinicians in practice. The paper calls it a proof of concept and says it does not justify trusting medical answers without human experts.",
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			},
			evidence: [
				{
					section: '7',
					text: 'We present it as a proof of concept illustration that models can use interpretable internal steps in medical contexts'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-trust-both-ways',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A graph shows the model reached a sound answer by a flawed route. Going by the paper, what should seeing that do to trust?',
		back: 'Lower it, appropriately: the paper says interpretability could increase "(or decrease, if appropriate!)" trust.',
		explanation:
			"The paper frames interpretability as a way to calibrate trust, helping clinicians combine the model's reasoning with their own. A right answer reached for the wrong reasons is exactly where lower trust is appropriate.",
		sources: {
			paper: ['7'],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			},
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs and enable medical professionals to synthesize the model’s reasoning with their own'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-written-vs-internal',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			"A model's written explanation names one diagnosis, but its internal features point to another. Why does the paper say the written account alone is not enough?",
		back: 'What a model writes as its reasoning need not match what it computes inside.',
		explanation:
			'The paper raises this at the start of the medical section and studies it in the chain-of-thought case, where a written chain worked backwards from a hinted answer. Inspecting internal features is the check that a written explanation cannot provide on its own.',
		sources: {
			paper: ['7', '11'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The paper touches on this idea of transparency in AI decision-making.'
			},
			evidence: [
				{
					section: '7',
					text: 'written CoT reasoning often misrepresents the model’s actual internal reasoning process'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-inhibit-prediction',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			"In a new case, the model's top two follow-up questions both confirm its leading diagnosis. By analogy with the preeclampsia result, what would you expect inhibiting that diagnosis to do?",
		back: 'Most likely shift the question to one fitting a rival diagnosis, not to the runner-up sign of the suppressed one.',
		explanation:
			'In the paper, suppressing preeclampsia did not move the model to proteinuria (another preeclampsia sign) but to "decreased appetite", which fits biliary disease. The runner-up answer under normal conditions is not the same as the answer once the diagnosis itself is removed, though one case study makes this a prediction to test, not a rule.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'The model’s most likely response changes to suggest asking about decreased appetite, a common symptom of biliary system disorders like cholecystitis'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-not-proof-of-safety',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Why can the preeclampsia example not serve as proof that the model is safe to use on real patients?',
		back: 'It is one brief proof of concept on a textbook case, and the paper says it does not show that interpretability tools are advanced enough to trust a model’s medical answers without human experts.',
		explanation:
			'The paper chose simple textbook presentations with a clear-cut diagnosis and leaves the more ambiguous cases of real practice, with many possible courses of action, to future work. What the case does suggest is narrower: the model’s diagnostic reasoning can, in some cases, be broken into legible steps, which could help clinicians rather than replace them.',
		sources: {
			paper: ['7'],
			transcript: {
				section: 'key-concepts-2',
				text: 'The potential for errors could have real-world consequences'
			},
			evidence: [
				{
					section: '7',
					text: 'We note that this example (and the others in this section) is quite simple, with “textbook” symptoms and a clear-cut candidate diagnosis'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement'
				}
			]
		}
	},
	{
		id: 'medical-diagnosis-card-heuristics',
		topic,
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'Beyond the clean preeclampsia path, how does the paper describe the model’s medical reasoning in general?',
		back: 'As a mix: part of it follows legible logical steps, but many rules of thumb also act at once, and they vary in how medically sound they are.',
		explanation:
			'The side examples show it: meningitis features fire in a headache case where meningitis is unlikely, and the chest-pain graph is murky. A legible path for one textbook case is a proof of concept, not a guarantee of sound reasoning.',
		sources: {
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'it seems to employ many heuristics in parallel that contribute to its response, some of which appear more clinically sound than others'
				},
				{
					section: '7',
					text: 'features relating to meningitis symptoms also activate, receiving input from headache features and the subarachnoid hemorrhage features, despite meningitis not being a particularly likely diagnosis in this case'
				}
			]
		}
	}
];
