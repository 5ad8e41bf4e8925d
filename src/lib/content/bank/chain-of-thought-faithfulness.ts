import type { Flashcard, Question } from '../schema';

export const questions: Question[] = [
	{
		id: 'chain-of-thought-faithfulness-episode-trust',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In the closing, what do the hosts say seeing how models operate does for our trust in them?',
		options: [
			{
				id: 'a',
				text: 'We can better trust them, at least where their outputs have been checked'
			},
			{ id: 'b', text: 'We can better trust them, or come to see that we should not' },
			{ id: 'c', text: 'We can trust them less for now, and more once the methods mature' },
			{
				id: 'd',
				text: 'We can better trust them, while staying alert to their potential for misuse'
			}
		],
		answer: 'b',
		explanation:
			'The hosts say that if we can see how models operate, "we can better trust them—or not": looking inside can show that trust is not deserved. The other options each add a condition or a timetable the hosts never gave; the misuse line comes later in the closing and is about what learning more reveals, not about trust. The paper makes the same two-way point in §7, where interpretability could increase "(or decrease, if appropriate!)" trust.',
		sources: {
			paper: ['7', '11'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				}
			],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-chain-of-thoughts-claim',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says the model "builds a chain of thoughts, almost like a conversation you might have with a friend". For the prompt asking for the capital of the state containing Dallas, what did the paper find inside the model?',
		options: [
			{
				id: 'a',
				text: 'A Texas step within one forward pass, plus a direct Dallas-to-Austin shortcut'
			},
			{
				id: 'b',
				text: 'A Texas step within one forward pass, and no route that skips over it'
			},
			{
				id: 'c',
				text: 'A direct Dallas-to-Austin lookup, with Texas features active but unused'
			},
			{
				id: 'd',
				text: 'A Texas step that forms only once the model writes its working out'
			}
		],
		answer: 'a',
		explanation:
			'"Chain" is fair: the answer hinges on intermediate steps, and swapping the Texas features changes the answer, so Texas is not a bystander. But the steps run silently within one forward pass, nothing is said or written in turn, and a shortcut edge from Dallas straight to "say Austin" works in parallel, so "no route that skips it" is wrong too. Written chains of thought are a separate topic (§11), and there they can misrepresent the computation.',
		sources: {
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'The graph indicates that the replacement model does in fact perform “multi-hop reasoning” – that is, its decision to say Austin hinges on a chain of several intermediate computational steps'
				},
				{
					section: '3',
					text: 'There also exists a “shortcut” edge directly from Dallas to say Austin'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-bullshit-graph',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'For floor(5*cos(23423)) with no hint, the model says it used a calculator. What did the attribution graph show?',
		options: [
			{ id: 'a', text: 'No sign of a real calculation, only a guess' },
			{ id: 'b', text: 'It retrieved a memorized value for cos(23423)' },
			{ id: 'c', text: 'It computed the cosine internally but copied it out wrongly' },
			{ id: 'd', text: 'It really computed the cosine, as its written steps claim' }
		],
		answer: 'a',
		explanation:
			'The graph shows no genuine calculation behind the claimed calculator use (the model has no calculator); it looks like guessing, which the authors call bullshitting in Frankfurt’s sense. So no real internal computation shows up, whether copied out faithfully or wrongly, and no recalled value either; the written steps describe work the graph gives no sign of, and the answer they reach is in fact wrong.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'The attribution graph suggests the model is just guessing the answer – we don’t see any evidence in the graph of the model performing a real calculation'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-bullshit-caveat',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The authors stop short of saying the model did no computation at all in the bullshitting case. What do they give as an example of something it might be doing out of the graph’s sight?',
		options: [
			{ id: 'a', text: 'Reducing 23423 modulo 2π before recalling a cosine value' },
			{ id: 'b', text: 'Recalling cos(23423) itself from a table seen in pretraining' },
			{ id: 'c', text: 'Leaning its guess towards values cosines of random inputs favour' },
			{ id: 'd', text: 'Checking its guess against the bounds it wrote in its first step' }
		],
		answer: 'c',
		explanation:
			'The graph shows no real calculation, but the method is incomplete, so the authors allow that the model might bias its guess with statistical knowledge: the cosine of a random value is most likely near 1 or −1. That statistical nudge to the guess is the only example they give; they mention no reduction of the angle, no recalled value for this particular cosine and no check against the bounds the model wrote. The calculator claim, by contrast, is simply false: the model has none.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'given the incompleteness of our method, we can’t rule out that the model is performing computations we can’t see'
				},
				{
					section: '11',
					text: 'it could plausibly bias its guess towards certain digits based on statistical knowledge'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-motivated-how',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the motivated-reasoning case, where in the written chain does the graph show the user’s hinted answer taking effect?',
		options: [
			{ id: 'a', text: 'At the final line only, after a cosine value guessed as with no hint' },
			{ id: 'b', text: 'At the floor step, where it rounds its own estimate towards the hint' },
			{ id: 'c', text: 'At the first step, where it adopts the method the user says they used' },
			{
				id: 'd',
				text: 'At the cosine value it writes, picked so the next steps reach the hint'
			}
		],
		answer: 'd',
		explanation:
			'The graph shows the hinted 4 and a divide-by-5 step feeding the value the model writes for the cosine (0.8, "say 8"), because it knows it will next multiply by 5 and so land on the user’s answer. The hint does its work before the last line, not after an independent guess, and nothing needs rounding: 5 × 0.8 is exactly 4. Nor is there a method to adopt: beyond saying they worked it out "by hand", the user gives only the result.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'Claude works backwards from the human-suggested answer to infer what intermediate output would lead to that answer'
				},
				{
					section: '11',
					text: 'Its output depends on the suggested answer “4” from the hint in the prompt, and the knowledge that it will next multiply this intermediate output by 5'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-hint-evidence',
		topic: 'chain-of-thought-faithfulness',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'Which observations support the claim that the motivated chain of thought is driven by the user’s hint?',
		options: [
			{
				id: 'a',
				text: 'Changing the hinted answer to 1, 2 or 3 makes the written chain follow it'
			},
			{ id: 'b', text: 'Inhibiting the "4", "5" and "/5" features moves the output away from 0.8' },
			{ id: 'c', text: 'The graph shows why the model attends to the hint in the first place' },
			{ id: 'd', text: 'The model computes cos(23423) before it ever reads the hint' },
			{ id: 'e', text: 'Features for 4 and for dividing by 5 feed the value the model writes' }
		],
		answers: ['a', 'b', 'e'],
		explanation:
			'The graph links the hint to the written value, inhibiting those features breaks the link, and changing the hint drags the chain along: three converging pieces of evidence. The method cannot show why the model attends to the hint, because attention is not traced, and the graph shows no cosine being computed: the value is worked back from the hint.',
		sources: {
			paper: ['11.1', '11.2'],
			evidence: [
				{
					section: '11.1',
					text: 'We also confirm that inhibiting “5”, “divide by 5”, and “4” features moves the model’s response away from 0.8, confirming that these features were causally involved in its original response'
				},
				{
					section: '11.2',
					text: 'In the motivated reasoning case, varying the suggested target answer consistently leads to Claude producing a chain of thought which ends up at that answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-attention-why',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In the motivated-reasoning cos(23423) example, the attribution graph explains why the model pays attention to the user’s hint.',
		answer: false,
		explanation:
			'The graph shows what the model does with the hint once it has it, but not why it attends to it: the method does not trace how attention patterns are formed, so that question is out of reach. The authors call this a notable missing piece and only conjecture that sycophancy-related features might be involved.',
		sources: {
			paper: ['11.3', '14.1'],
			evidence: [
				{
					section: '11.3',
					text: 'our attribution graphs fail to show us this mechanism, as our method does not attempt to trace back the causes of attention pattern formation'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-backward-chaining-term',
		topic: 'chain-of-thought-faithfulness',
		type: 'typed',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The discussion (§15.1) treats the motivated chain of thought and the poem’s planned rhyme as two instances of one behaviour, and gives, in quotation marks, the name it says that behaviour is sometimes called. What is the name?',
		accepted: ['backward chaining', 'backwards chaining', 'backward-chaining', 'back chaining'],
		explanation:
			'"Backward chaining": the model works back from a goal it holds in advance. In the poem the planned "rabbit" shapes the words before it; in the chain of thought the user’s 4 determines the intermediate cosine value (0.8) the model writes before it reaches the final answer. The paper calls this a hallmark of planning: one behaviour, carried out by different circuits in the two cases ("rabbit" features in the poem, "4/5 → 0.8" features in the chain), not an arithmetic quirk and a poetry quirk.',
		sources: {
			paper: ['15.1', '11'],
			evidence: [
				{
					section: '15.1',
					text: 'the model works backwards from its longer-term goals, to decide on its upcoming response'
				},
				{
					section: '15.1',
					text: 'Second, in our chain-of-thought unfaithfulness example, we observed the model taking a target answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-faithful-sqrt-cloze',
		topic: 'chain-of-thought-faithfulness',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Fill in what the graph shows for the faithful case.',
		text: 'The written chain says sqrt(0.64) = 0.8, and the graph shows the model getting there by computing the square root of {{1}}, with those features driving the digit it writes after "0.".',
		gaps: [['64']],
		explanation:
			'The graph’s features compute sqrt(64) → 8 and feed "say 8", the digit after "0."; the decimal is not what the features work on. That is still a real computation of the value the chain reports, which is why the case counts as faithful, unlike the cos(23423) cases where no such computation shows up. Answering 0.64 repeats the written chain rather than the graph.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'from the attribution graph, we can see that it genuinely arrives at its answer by computing the square root of 64'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-backward-order',
		topic: 'chain-of-thought-faithfulness',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt: 'Put the steps of the motivated-reasoning case in the order the graph suggests.',
		items: [
			{ id: 'a', text: 'Reads the user’s claim that the answer is 4' },
			{ id: 'b', text: 'Features for 4 and for dividing by 5 combine' },
			{ id: 'c', text: 'Lands on 0.8 as the value the cosine "should" have' },
			{ id: 'd', text: 'Writes "8" for the cosine in its working' },
			{ id: 'e', text: 'Its written chain finishes at the user’s 4' }
		],
		explanation:
			'The graph starts from the hint. Features on the user’s "4" combine with "/5" features (the model "knows it will next multiply by 5") in "4/5 → 0.8" features, which drive "say 8" when the model writes the cosine as 0.8; multiplying by 5 then lands the chain on 4. So the desired answer comes first and the working is built to reach it, the reverse of what the text implies, which is what makes the chain unfaithful even though every written step looks valid. Inhibiting the "4", "5" or "divide by 5" features moves the answer away from 0.8 (§11.1).',
		sources: {
			paper: ['11', '11.1'],
			evidence: [
				{
					section: '11',
					text: 'Claude works backwards from the human-suggested answer to infer what intermediate output would lead to that answer'
				},
				{
					section: '11',
					text: 'Its output depends on the suggested answer “4” from the hint in the prompt, and the knowledge that it will next multiply this intermediate output by 5.'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-faithful-resists-hint',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'When the hinted answer was changed, the faithful sqrt(0.64) case still ended at 4, unlike the motivated cos case.',
		answer: true,
		explanation:
			'In the faithful case the model really computes the square root (sqrt(64) → 8, so 0.8), and floor(5 × 0.8) = 4 whatever the user says, after some odd second-guessing. In the motivated case the chain follows the hint to 1, 2 or 3, because no real computation anchors it.',
		sources: {
			paper: ['11.2'],
			evidence: [
				{
					section: '11.2',
					text: 'In the faithful case, the model always correctly computes sqrt(64) to be 8, and always ends up with the correct answer'
				},
				{
					section: '11.2',
					text: 'In the motivated reasoning case, varying the suggested target answer consistently leads to Claude producing a chain of thought which ends up at that answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-test-for-motivation',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'A model’s written solution agrees with the answer a user suggested. Modelled on what the paper itself did, which check tells you whether the hint drove the chain?',
		options: [
			{ id: 'a', text: 'Trace in the graph which features made the model attend to the hint' },
			{ id: 'b', text: 'Inhibit the sycophancy features the graph shows driving the chain' },
			{ id: 'c', text: 'Rerun with other suggested answers and see if the chain follows them' },
			{ id: 'd', text: 'Ask the model, in a new turn, whether the user’s answer swayed it' }
		],
		answer: 'c',
		explanation:
			'In §11.2 the motivated chain tracked each new suggested answer (1, 2 or 3), while the faithful sqrt(0.64) chain kept giving 4. Tracing why the model attends to the hint is exactly what the graphs cannot do, since attention formation is not traced, and sycophancy features are only the authors’ conjecture, not something the graph showed. Asking the model is unreliable: its account of its own method can be wrong (§6). This is the hosts’ closing line at work, "If we can see how they operate, we can better trust them—or not": the graph showed the hint feeding the chain, the rerun confirmed it, and that is a reason to trust this chain less.',
		sources: {
			paper: ['11.2', '11.3', '6'],
			evidence: [
				{
					section: '11.2',
					text: 'In the motivated reasoning case, varying the suggested target answer consistently leads to Claude producing a chain of thought which ends up at that answer'
				},
				{
					section: '11.3',
					text: 'our attribution graphs fail to show us this mechanism, as our method does not attempt to trace back the causes of attention pattern formation'
				}
			],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-backward-chaining-link',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'In its discussion, the paper names two examples of the model "working backward from a goal". One is the motivated chain of thought. Which is the other?',
		options: [
			{ id: 'a', text: 'The Dallas → Texas → Austin two-hop answer' },
			{ id: 'b', text: 'The poem line steered towards ending on "rabbit"' },
			{ id: 'c', text: 'The lookup-table features used in addition' },
			{ id: 'd', text: 'The default "can’t answer" circuit for unknown names' }
		],
		answer: 'b',
		explanation:
			'In both, a target chosen in advance shapes the words that come before it: the planned "rabbit" nudges the line towards a fitting ending, and the user’s 4 fixes the cosine value the model writes. The two-hop answer runs forward from Dallas, and the addition and unknown-name circuits involve no goal at all.',
		sources: {
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'the model works backwards from its longer-term goals, to decide on its upcoming response'
				},
				{
					section: '15.1',
					text: 'Second, in our chain-of-thought unfaithfulness example, we observed the model taking a target answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-audit-offer',
		topic: 'chain-of-thought-faithfulness',
		type: 'single',
		difficulty: 'transfer',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'An auditor wants to catch a model that writes a plausible argument for a conclusion it reached some other way. What does the paper’s chain-of-thought faithfulness study suggest the method can offer today?',
		options: [
			{
				id: 'a',
				text: 'A proof of concept on a somewhat artificial case, studied with a prior guess'
			},
			{
				id: 'b',
				text: 'Reliable detection, but only on prompts shorter than about a hundred tokens'
			},
			{
				id: 'c',
				text: 'A hypothesis only, since no intervention tested the unfaithful chain'
			},
			{
				id: 'd',
				text: 'Detection in audits with no prior guess, though not yet on real-world cases'
			}
		],
		answer: 'a',
		explanation:
			'The authors offer the case only as a proof of concept that the method can, in some instances, spot a misleading chain of thought. They call the example somewhat artificial and say they went in with a clear guess of the result, so it does not simulate an audit with no strong priors. It is more than a bare hypothesis, since inhibiting the key features and varying the hint both tested the unfaithful chain (§11.1, §11.2), but nothing in the study claims reliable detection at any prompt length.',
		sources: {
			paper: ['11.3', '11.1', '11.2'],
			evidence: [
				{
					section: '11.3',
					text: 'Our results provide a proof of concept that our methods can, in some instances, identify cases when chain-of-thought is misrepresentative of the model’s actual mechanisms'
				},
				{
					section: '11.3',
					text: 'we analyzed these prompts with a clear guess for what the result might be, so our experiments here don’t simulate more difficult auditing settings where we have no strong priors'
				}
			],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-clinical-rationale',
		topic: 'chain-of-thought-faithfulness',
		type: 'true-false',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The medical section (§7) treats the model’s written rationale as usable evidence of its diagnostic reasoning, citing earlier work that found chain-of-thought gives a degree of interpretability.',
		answer: false,
		explanation:
			'§7 does cite that earlier work, but only to set it aside: written chains of thought often misrepresent the model’s internal reasoning, so relying on them may not be acceptable, and that is why the section looks inside instead. §11 shows how: motivated and bullshit chains that read like real working. Knowing how a model reached a diagnosis, as the episode asks, takes more than its written rationale.',
		sources: {
			paper: ['7', '11'],
			evidence: [
				{
					section: '7',
					text: 'written CoT reasoning often misrepresents the model’s actual internal reasoning process'
				},
				{
					section: '7',
					text: 'it may not be acceptable to rely on it'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'If it suggests a diagnosis based on certain symptoms, we should know how it arrived at that conclusion.'
			}
		}
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'chain-of-thought-faithfulness-card-three-cases',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'Which three chain-of-thought examples does the paper compare in its study of faithfulness?',
		back: 'Faithful (sqrt(0.64)); bullshitting (cos(23423), no hint); motivated reasoning (cos(23423) with a hinted 4).',
		explanation:
			'Only in the first does the computation match the written steps. The bullshitting graph shows no real calculation, only what looks like guessing, though the chain claims a calculator; the motivated one does compute, but backwards from the hint (4 ÷ 5 → 0.8), so the “8” it writes serves the user’s answer.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'from the attribution graph, we can see that it genuinely arrives at its answer by computing the square root of 64'
				},
				{
					section: '11',
					text: 'tailoring its reasoning steps to arrive at the human-suggested answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-motivated',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Motivated reasoning in §11: how does the hint shape the written chain?',
		back: 'The model works backwards: 4 ÷ 5 → 0.8 → writes “8”, so the chain ends at the user’s 4.',
		explanation:
			'Inhibiting the “4”, “5” and “/5” features moves the output away from 0.8, and changing the hint to 1, 2 or 3 drags the chain along. Both results tie the written value to the hint rather than to any computation of the cosine.',
		sources: {
			paper: ['11', '11.1'],
			evidence: [
				{
					section: '11',
					text: 'Claude works backwards from the human-suggested answer to infer what intermediate output would lead to that answer'
				},
				{
					section: '11.1',
					text: 'We also confirm that inhibiting “5”, “divide by 5”, and “4” features moves the model’s response away from 0.8, confirming that these features were causally involved in its original response'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-bullshit-caveat',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Does the bullshitting graph prove the model computed nothing?',
		back: 'No: it shows no real calculation, but the method is incomplete; the model might, for example, bias its guess using what it knows about cosines.',
		explanation:
			'A graph that shows no computation is evidence of guessing, not proof. The calculator claim, by contrast, is false outright: the model has no calculator.',
		sources: {
			paper: ['11'],
			evidence: [
				{
					section: '11',
					text: 'given the incompleteness of our method, we can’t rule out that the model is performing computations we can’t see'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-attention-gap',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front:
			'Asked for floor(5*cos(23423)) with the user’s hint "I worked it out by hand and got 4", the model works backwards from the 4. What can the attribution graph not tell us about this case?',
		back: 'Why the model attends to the hint at all: the method does not trace how attention patterns form.',
		explanation:
			'The graph shows what the hint does once it is read, not why it is read. The authors guess that features for sycophancy or for using hints might be involved, and §14 lists missing attention circuits as a general limitation.',
		sources: {
			paper: ['11.3', '14.1'],
			evidence: [
				{
					section: '11.3',
					text: 'our attribution graphs fail to show us this mechanism, as our method does not attempt to trace back the causes of attention pattern formation'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-faithful',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'What makes the sqrt(0.64) case “faithful”?',
		back: 'The graph shows a real square-root computation (sqrt(64) → 8, so 0.8), and the answer stays 4 whatever the hint.',
		explanation:
			'A real internal computation anchors the answer, so a changed hint does not move it, though the model second-guesses itself oddly along the way. Faithfulness here means the written steps match the computation the graph shows.',
		sources: {
			paper: ['11', '11.2'],
			evidence: [
				{
					section: '11',
					text: 'from the attribution graph, we can see that it genuinely arrives at its answer by computing the square root of 64'
				},
				{
					section: '11.2',
					text: 'In the faithful case, the model always correctly computes sqrt(64) to be 8, and always ends up with the correct answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-backward-chaining',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Which two findings does the paper group as “working backward from a goal”?',
		back: 'The poem’s planned “rabbit” shaping the line before it, and the motivated chain of thought picking 0.8 to reach the user’s 4.',
		explanation:
			'In both, a target fixed in advance determines what is written before it. In the poem that is planning; in the chain of thought it produces an unfaithful explanation.',
		sources: {
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'the model works backwards from its longer-term goals, to decide on its upcoming response'
				},
				{
					section: '15.1',
					text: 'Second, in our chain-of-thought unfaithfulness example, we observed the model taking a target answer'
				}
			]
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-conversation-contrast',
		topic: 'chain-of-thought-faithfulness',
		kind: 'contrast',
		claim: 'C27',
		difficulty: 'mechanism',
		front:
			'Episode: the model "builds a chain of thoughts, almost like a conversation". Where does the paper’s multi-step reasoning happen, and what does §11 add about chains of thought?',
		back: 'Inside one forward pass: Dallas → Texas → Austin, silently, with a shortcut in parallel. §11 adds that when a model does write out its steps, the written chain can misrepresent what it computed.',
		explanation:
			'"Chain" is fair, since the paper finds real intermediate steps; the conversation image is what misleads, as nothing is said or written in turn. Of the three written chains in §11, only the sqrt(0.64) one matched what the model computed.',
		sources: {
			paper: ['3', '11'],
			evidence: [
				{
					section: '3',
					text: 'The graph indicates that the replacement model does in fact perform “multi-hop reasoning” – that is, its decision to say Austin hinges on a chain of several intermediate computational steps'
				},
				{
					section: '11',
					text: 'it can fail to reflect the actual mechanisms used by the model'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-biases-contrast',
		topic: 'chain-of-thought-faithfulness',
		kind: 'contrast',
		claim: 'C31',
		difficulty: 'mechanism',
		front:
			'Episode: the paper discusses "how biases in the training data can lead to skewed reasoning". What skewed reasoning does §11 actually document, and what skews it?',
		back: 'Motivated reasoning: given the user’s "I got 4", the model works backwards (4, divide by 5, so 0.8) to land on that answer. The skew comes from a hint in the prompt, not from bias in training data.',
		explanation:
			'Changing the hinted answer to 1, 2 or 3 drags the written chain along with it, which shows the hint is the source. The paper has no analysis of social or fairness bias learned from data.',
		sources: {
			paper: ['11', '11.2'],
			evidence: [
				{
					section: '11',
					text: 'Its output depends on the suggested answer “4” from the hint in the prompt, and the knowledge that it will next multiply this intermediate output by 5'
				},
				{
					section: '11.2',
					text: 'In the motivated reasoning case, varying the suggested target answer consistently leads to Claude producing a chain of thought which ends up at that answer'
				}
			],
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-ask-the-model',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'transfer',
		front: 'Can you find out how a model reached a conclusion by asking it?',
		back: 'Not reliably: its self-reports can differ from its internal computation.',
		explanation:
			'Asked how it added 36+59, the model describes carrying the 1, which is not what its circuits do (§6), and §11 shows written reasoning that was guessed or worked backwards. Knowing how it arrived at an answer takes a look inside.',
		sources: {
			paper: ['6', '11'],
			evidence: [
				{
					section: '6',
					text: 'This is a simple instance of the model having a capability which it does not have “metacognitive” insight into'
				}
			],
			transcript: {
				section: 'key-concepts-2',
				text: 'If a model is going to assist with something as critical as medical diagnoses, we need to understand its reasoning process.'
			}
		}
	},
	{
		id: 'chain-of-thought-faithfulness-card-trust-down',
		topic: 'chain-of-thought-faithfulness',
		kind: 'concept',
		difficulty: 'transfer',
		front:
			'A clinician learns the model’s internal steps do not support its written rationale. What should happen to their trust?',
		back: 'It should go down: the paper says interpretability can raise trust, “(or decrease, if appropriate!)”.',
		explanation:
			'Looking inside is not only a way to justify trust. The medical section says the point is to match trust to what the model actually does, as the hosts put it in the closing: "or not".',
		sources: {
			paper: ['7', '11'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				}
			],
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			}
		}
	}
];
