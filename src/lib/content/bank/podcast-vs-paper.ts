import type { Flashcard, Question } from '../schema';

// Questions and cards on what the episode got wrong, and on what it said. The episode's inventions
// appear only as things to catch. The one fact-check per claim is in fact-checks.ts.
export const questions: Question[] = [
	{
		id: 'podcast-vs-paper-method-not-categories',
		type: 'single',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'In Key Concepts Part 1 the hosts describe how the authors analyse each prompt they study. Which description matches the paper’s method?',
		options: [
			{
				id: 'a',
				text: 'Sort the model’s responses into the reasoning patterns they display',
				misconception: 'C23'
			},
			{
				id: 'b',
				text: 'Score the responses with a mix of qualitative and quantitative measures',
				misconception: 'C22'
			},
			{
				id: 'c',
				text: 'Find the neurons most active on the prompt, then switch them off one by one'
			},
			{
				id: 'd',
				text: 'Trace how features drive one another, then test that map by intervening'
			}
		],
		answer: 'd',
		explanation:
			'The paper looks inside the model: for one prompt it builds an attribution graph of features and the causal links between them, then checks that graph by inhibiting, injecting or swapping features in the real model. Sorting responses into reasoning patterns, and scoring them with qualitative and quantitative measures, are the episode’s descriptions: the paper neither sorts nor scores the model’s responses. (It does call its case studies “qualitative investigations” and reports numbers such as output probabilities, but both concern the model’s internals, not a grading of its answers.) Single neurons are not its unit either: they mix many unrelated jobs, which is why it works with features.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They analyze the model’s responses to various prompts and then categorize the reasoning patterns they observe.'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				},
				{
					section: '2',
					text: 'we can perform intervention experiments in the original model, such as inhibiting feature groups and observing their effects on other features and on the model’s output'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-real-case-studies',
		type: 'multi',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'In Key Concepts Part 1, asked which categories the authors focus on, the hosts say the paper highlights several reasoning types. Which of these are case studies the paper really contains?',
		options: [
			{
				id: 'a',
				text: 'Moral dilemmas posed as trolley-problem prompts',
				misconception: 'C24'
			},
			{
				id: 'b',
				text: 'Planning the rhyme of a poem’s next line'
			},
			{
				id: 'c',
				text: 'Analogies of the form “A is to B as C is to ?”',
				misconception: 'C24'
			},
			{
				id: 'd',
				text: 'Whether its written reasoning matches what it computes'
			},
			{
				id: 'e',
				text: 'Who owns a poem written after training on existing works',
				misconception: 'C61'
			},
			{
				id: 'f',
				text: 'A jailbreak that spells out a hidden word'
			}
		],
		answers: ['b', 'd', 'f'],
		explanation:
			'Poem planning (§4), the faithfulness of chain-of-thought reasoning (§11) and the “Babies Outlive Mustard Block” jailbreak, whose initials spell BOMB (§10), are real case studies. The paper has no study of moral reasoning or of analogy-making, the reasoning types the hosts list, and it never discusses who owns AI-written poems.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They highlight several key reasoning types, like causal reasoning, analogy-making, and even moral reasoning.'
			},
			paper: ['1', '4', '10', '11'],
			evidence: [
				{
					section: '1',
					text: 'We explore the faithfulness of chain-of-thought reasoning to the model’s actual mechanisms.'
				},
				{
					section: '1',
					text: 'We investigate an attack which works by first tricking the model into starting to give dangerous instructions'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-not-comprehensive-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'According to the paper, its attribution graphs give a satisfying explanation for most of the prompts the authors tried.',
		answer: false,
		misconception: 'C34',
		explanation:
			'The authors say the graphs give satisfying insight for only about a quarter of the prompts they tried, and that their examples capture only a small fraction of the model’s mechanisms. The episode’s picture of a comprehensive framework turns this candour on its head.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				},
				{
					section: '1.1',
					text: 'the discoveries we highlight here only capture a small fraction of the mechanisms of the model'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-quarter-typed',
		type: 'typed',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt:
			'The episode calls the paper a comprehensive framework. For roughly what share of the prompts they tried do the authors say their graphs give satisfying insight?',
		accepted: [
			'a quarter',
			'about a quarter',
			'one quarter',
			'quarter',
			'25%',
			'25 percent',
			'1/4',
			'one in four',
			'one fourth',
			'25'
		],
		explanation:
			'The paper reports satisfying insight for about a quarter of the prompts tried, and calls its showcased examples success cases and a biased sample. That is the opposite of a comprehensive framework.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-method-order',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The episode describes the method as combining qualitative and quantitative analyses. Put the paper’s actual steps in order, from building the tool to testing a hypothesis.',
		items: [
			{
				id: 'a',
				text: 'Train a cross-layer transcoder whose features stand in for the MLP neurons'
			},
			{
				id: 'b',
				text: 'For one prompt, build a local replacement model with error nodes and frozen attention'
			},
			{
				id: 'c',
				text: 'Draw and prune the attribution graph, grouping related features into supernodes'
			},
			{
				id: 'd',
				text: 'Inhibit, inject or swap features in the original model to check the graph'
			}
		],
		explanation:
			'The transcoder (30 million features) comes first and is reused across prompts; each prompt then gets its own local replacement model, from which the attribution graph is drawn and simplified. Because a graph is only a hypothesis, the last step tests it by intervening on the original model.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'we build a replacement model that approximately reproduces the activations of the original model using more interpretable components'
				},
				{
					section: '2',
					text: 'we can perform intervention experiments in the original model, such as inhibiting feature groups and observing their effects on other features and on the model’s output'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-method-cloze',
		type: 'cloze',
		difficulty: 'recall',
		depth: 3,
		answerableFrom: 'paper',
		prompt: 'Fill in the figures and terms of the method the episode left out.',
		text: 'The paper replaces the model’s MLP neurons with a cross-layer transcoder of {{1}} million features. For each prompt it freezes the original {{2}} patterns and adds {{3}} nodes for whatever the transcoder fails to reconstruct.',
		gaps: [['30', 'thirty'], ['attention'], ['error']],
		explanation:
			'The 30-million-feature transcoder is the core of the method; attention is kept frozen rather than replaced, and error nodes fill the reconstruction gap so the local model matches the original on that prompt. None of this is captured by “qualitative and quantitative analyses”.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'In this paper, we use a CLT with a total of 30 million features across all layers.'
				},
				{
					section: '2',
					text: 'The resulting model – incorporating error nodes and inheriting the attention patterns from the original model – we call the local replacement model.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-what-biases-multi',
		type: 'multi',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The episode says the paper discusses biases that skew the model’s reasoning. Which kinds of bias or biased reasoning does the paper actually deal with?',
		options: [
			{
				id: 'a',
				text: 'Biases absorbed from its ordinary training data, skewing its reasoning',
				misconception: 'C31'
			},
			{
				id: 'b',
				text: 'Reward-model biases planted in a research model on purpose'
			},
			{
				id: 'c',
				text: 'Skewed reasoning caused by low-quality training data',
				misconception: 'C30'
			},
			{
				id: 'd',
				text: 'Motivated reasoning toward an answer the user hinted at'
			},
			{
				id: 'e',
				text: 'Bias against certain groups of patients in medical diagnoses'
			}
		],
		answers: ['b', 'd'],
		explanation:
			'The hidden-goal study (§12) uses a research model given a hidden goal of exploiting reward-model biases, and the chain-of-thought study (§11) shows the model working backwards from a user’s hinted answer. The reward-model biases were planted on purpose: made-up documents described them all, and fine-tuning then reinforced only a subset (the model came to exploit the rest as well). Bias picked up from ordinary training data, social or fairness bias, data quality and patient bias are never analysed in the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			},
			paper: ['12.1', '11'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				},
				{
					section: '11',
					text: 'it exhibits motivated reasoning – tailoring its reasoning steps to arrive at the human-suggested answer'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-real-closing-thoughts',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'Near the end of Key Concepts Part 1 the hosts sum up the authors’ final thoughts. What does the outlook that closes the paper stress?',
		options: [
			{
				id: 'a',
				text: 'Interdisciplinary collaboration and ongoing dialogue about AI’s role in society',
				misconception: 'C39'
			},
			{
				id: 'b',
				text: 'That interpretability audits should be required before models are deployed'
			},
			{
				id: 'c',
				text: 'That a new kind of intelligence is arising, in some ways like ours, in others alien'
			},
			{
				id: 'd',
				text: 'That models looked simpler inside than feared, once the right features were found'
			}
		],
		answer: 'c',
		explanation:
			'The outlook (§15.4) describes AI as a new kind of intelligence, partly like ours and partly alien, that we must understand well enough to ensure a positive impact. The paper mentions no collaboration across disciplines and proposes no rule on audits before deployment. Nor did the models look simple: the discussion names massive complexity, even behind simple prompts, as its most consistent finding.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize the importance of interdisciplinary collaboration and the need for ongoing dialogue around AI’s role in society.'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				},
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-state-swap-typed',
		type: 'typed',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'To test whether the model really passes through an internal “Texas” step on “the capital of the state containing Dallas”, the authors swap in another state’s features, taken from an analogous prompt about a different city. Which city?',
		accepted: [
			'Oakland',
			'Oakland, California',
			'Oakland, CA',
			'Savannah',
			'Savannah, Georgia',
			'Savannah, GA'
		],
		explanation:
			'The authors trace “the capital of the state containing Oakland”, find California features there, and inject them in place of the Texas features on the Dallas prompt: the model then answers Sacramento. They repeat the swap with Georgia features from a prompt about Savannah, and the model answers Atlanta, so either city is right. (The further swaps use a province, a country and an empire, not a state.) An internal state step that can be swapped to change the answer is evidence of two-step reasoning inside a single forward pass. The episode’s chain of thoughts “almost like a conversation you might have with a friend” suggests a dialogue, which is not what the paper describes.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3.2'],
			evidence: [
				{
					section: '3.2',
					text: 'swap “Texas” for “California” by inhibiting the activations of the Texas cluster and activating the California features identified from the “Oakland” prompt'
				},
				{
					section: '3.2',
					text: 'An analogous prompt about the state containing Savannah activates “Georgia” features. Swapping these for the “Texas” features causes the model to output “Atlanta”'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-forward-pass-tf',
		type: 'true-false',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the paper’s multi-step reasoning example, the intermediate step happens inside the model’s computation for a single token, without the model writing out any reasoning.',
		answer: true,
		explanation:
			'The paper describes this reasoning as done “in its head”, within one forward pass: Dallas leads to Texas, which with “say a capital” leads to Austin, alongside a direct shortcut. The episode’s “chain of thoughts, almost like a conversation you might have with a friend” suggests something dialogue-like; the paper’s point is that no step is spoken or written out.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['1', '3'],
			evidence: [
				{
					section: '1',
					text: 'We present a simple example where the model performs “two-hop” reasoning “in its head” to identify that “the capital of the state containing Dallas” is “Austin.”'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-episode-vs-paper-matching',
		type: 'matching',
		difficulty: 'mechanism',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'Match each thing the episode attributed to the paper with what the paper actually contains.',
		pairs: [
			{
				id: 'a',
				left: 'Biases in training data skewing reasoning',
				right: 'Reward-model biases deliberately planted in a test model (§12)'
			},
			{
				id: 'b',
				left: 'A chain of thoughts like a conversation',
				right: 'Two hops inside one forward pass: Dallas, Texas, Austin (§3)'
			},
			{
				id: 'c',
				left: 'Addition “not just about rote memorization”',
				right: 'A memorized one-digit table plus a rough-size pathway (§6)'
			},
			{
				id: 'd',
				left: 'The model shown assisting in medical diagnoses',
				right: 'A proof of concept on textbook-style cases (§7)'
			},
			{
				id: 'e',
				left: 'A comprehensive framework for AI reasoning',
				right: 'Satisfying insight for about a quarter of prompts (§1.1)'
			}
		],
		explanation:
			'Each pair sets something the episode attributed to the paper beside what the paper actually has on that subject. Three are bent: a silent two-hop computation becomes a conversation, a textbook proof of concept becomes demonstrated help with diagnoses, insight on a quarter of prompts becomes a comprehensive framework. One only shares a word: the paper’s biases are quirks planted in a test model, and training-data bias is a subject it never raises. And one holds up with a caveat: addition uses a memorized table plus a rough-size pathway, which the episode’s “not just” allows. Knowing what the paper actually has is what lets you judge each claim.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'where the model was shown to assist in medical diagnoses'
			},
			paper: ['12', '3', '6', '7', '1.1'],
			evidence: [
				{
					section: '7',
					text: 'We present it as a proof of concept illustration that models can use interpretable internal steps in medical contexts'
				},
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-addition-memorized',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The episode says the model’s addition is “not just about rote memorization”. How does the paper describe the role of memorization when the model adds 36 and 59?',
		options: [
			{
				id: 'a',
				text: 'It memorized the one-digit table and pairs it with a rough estimate of the sum'
			},
			{
				id: 'b',
				text: 'It avoids memorized facts and works from a general understanding of numbers'
			},
			{
				id: 'c',
				text: 'It has memorized whole two-digit sums such as 36+59=95 as single facts'
			},
			{
				id: 'd',
				text: 'It carries the one from the ones column, exactly as taught in school'
			}
		],
		answer: 'a',
		explanation:
			'In the paper’s words, “Like many people do, the model has memorized the addition table for one-digit numbers” (here 6+9, giving a last digit of 5), and it runs that lookup in parallel with a pathway estimating the rough size of the sum. Carrying the one is what the model claims when asked, but its circuits do not work that way.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization; it’s applying its understanding of numbers in various scenarios.'
			},
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'Like many people do, the model has memorized the addition table for one-digit numbers.'
				},
				{
					section: '6',
					text: 'computing the result at a rough precision in parallel with computing the ones digit of the answer, before recombining these heuristics to get the correct answer'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-addition-cloze',
		type: 'cloze',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The episode says addition is “not just about rote memorization”. Complete what the paper finds about how the model adds 36+59, and about its own account of it.',
		text: 'One pathway estimates the sum at rough precision while another works out exactly the {{1}} digit of the answer. Asked afterwards how it added, the model describes the school method instead: it has the capability, but lacks “{{2}}” insight into it.',
		gaps: [
			['ones', 'one', 'last', 'units', 'unit', 'final'],
			['metacognitive', 'meta-cognitive', 'metacognition']
		],
		explanation:
			'The exact pathway handles only the ones digit (a memorized one-digit lookup: “_6 + _9” ends in 5), which the episode’s “not just” leaves room for; a separate pathway gets the rough size, and the two are combined into 95. What the episode leaves out is the twist: asked how it added, the model describes carrying the one, which its circuits do not do. The capability is real; what it lacks is insight into it, because learning to explain and learning to do are separate processes in training.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization'
			},
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'computing the result at a rough precision in parallel with computing the ones digit of the answer'
				},
				{
					section: '6',
					text: 'This is a simple instance of the model having a capability which it does not have “metacognitive” insight into.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-harmful-bias-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The paper points out a risk that models learn harmful biases from the data they are trained on.',
		answer: false,
		misconception: 'C54',
		explanation:
			'The paper raises no such risk. The biases it does study are of two other kinds. In §12 a research model is given a hidden goal of exploiting reward-model quirks: made-up documents describe the quirks, and only a subset of them is then reinforced by fine-tuning, so that the authors can test whether the hidden goal can be found. In §11 the model bends its written reasoning toward an answer the user suggests, which a §11.2 heading calls its “Susceptibility to Bias”. Neither is a warning about bias learned from training data.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			},
			paper: ['12.1', '11.2'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				},
				{
					section: '11.2',
					text: 'in the “motivated reasoning” case, the model’s CoT output is derived from the human’s hint'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-visual-disturbances-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'In the paper’s medical example, the follow-up question the model most wants to ask is about visual disturbances.',
		answer: true,
		explanation:
			'Given a pregnant patient with right-upper-quadrant pain, headache, high blood pressure and raised liver enzymes, the model suggests asking about visual disturbances, with proteinuria next. The episode is right that it proposes follow-up questions, though the paper presents this as a textbook proof of concept.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They highlighted how the model can suggest follow-up questions based on symptoms'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'The model’s most likely completions are “visual disturbances,” and “proteinuria,” two key indicators of preeclampsia.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-poem-section-content',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'Near the end of the hosts’ main discussion, right after praising the model’s planning in poetry, they raise the question of who owns AI-generated content. What does the paper’s poetry section examine?',
		options: [
			{
				id: 'a',
				text: 'Who holds the rights to poems a model writes after training on existing works',
				misconception: 'C61'
			},
			{
				id: 'b',
				text: 'Whether the model counts syllables to keep its lines an even length'
			},
			{
				id: 'c',
				text: 'How the model picks a rhyme word only once it reaches the end of the line'
			},
			{
				id: 'd',
				text: 'How the model settles on a rhyme word before it writes the line'
			}
		],
		answer: 'd',
		explanation:
			'The poem study shows the model activating candidate end words such as “rabbit” and “habit” on the newline before a line, then writing toward them. Choosing the rhyme only at the end of the line is the improvisation picture the authors expected and found wrong. Syllable counting is not studied, and ownership of AI-written poems is never discussed in the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The paper hints at the complexities of ownership in AI-generated content'
			},
			paper: ['1', '4'],
			evidence: [
				{
					section: '1',
					text: 'Before beginning to write each line, the model identifies potential rhyming words that could appear at the end.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-rhyme-order',
		type: 'ordering',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The episode says the model can “think several steps ahead”, considering “the structure of the poem as it generates it”. Order the planning steps the paper actually found for “He saw a carrot and had to grab it,”.',
		items: [
			{
				id: 'a',
				text: 'The first line ends on “grab it”'
			},
			{
				id: 'b',
				text: 'On the newline, features for rhymes with “it” become active'
			},
			{
				id: 'c',
				text: 'These activate candidate end words such as “rabbit” and “habit”'
			},
			{
				id: 'd',
				text: 'The plan shapes the middle of the line, helping produce “like”'
			},
			{
				id: 'e',
				text: 'The second line ends on “rabbit”'
			}
		],
		explanation:
			'The plan forms on the newline token before the second line and concerns that line’s end word, which then shapes the words leading up to it. The plan shapes the structure of that line (§4.4), so “structure” is fair if read as the line’s; what the paper shows is planning one line ahead, found in about half the poems examined.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It shows that the model can think several steps ahead'
			},
			paper: ['4', '15.1'],
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				},
				{
					section: '15.1',
					text: 'it activates “rabbit” and “habit” features on the new-line token before the line even begins'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-collaboration-closing-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt: 'The paper itself encourages interdisciplinary collaboration.',
		answer: false,
		misconception: 'C66',
		explanation:
			'The episode says this four times, but the paper never calls for interdisciplinary collaboration. Its discussion sums up what was learned about the model and the method, and its outlook urges understanding AI well enough to keep its impact positive.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'And the fact that this research encourages interdisciplinary collaboration makes it feel like we’re all in this together.'
			},
			paper: ['15.2', '15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive'
				},
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-trust-closing',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In the closing, a host links seeing how models operate to how far we trust them. What does the paper say interpretability could do to trust in a model’s medical answers?',
		options: [
			{
				id: 'a',
				text: 'Increase it, or decrease it where that is warranted'
			},
			{
				id: 'b',
				text: 'Increase it for common conditions, but not for rare ones'
			},
			{
				id: 'c',
				text: 'Increase it among doctors, though not yet among patients'
			},
			{
				id: 'd',
				text: 'Decrease it at first, then increase it as methods mature'
			}
		],
		answer: 'a',
		explanation:
			'The medical section says interpretability could increase trust in a model’s outputs “(or decrease, if appropriate!)”: seeing the reasoning can show that an answer deserves less trust as well as more. The host’s “we can better trust them—or not” matches the paper. The paper draws no line between common and rare conditions or between doctors and patients, and sets out no sequence in which trust falls before it rises.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'If we can see how they operate, we can better trust them—or not.'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-punctuation-closing',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The closing worries about “the potential for misuse”. In the paper’s jailbreak study, which change made the jailbreak work better?',
		options: [
			{
				id: 'a',
				text: 'Asking the model to reason step by step before answering'
			},
			{
				id: 'b',
				text: 'Telling the model not to use any punctuation'
			},
			{
				id: 'c',
				text: 'Writing the hidden word in French instead of English'
			},
			{
				id: 'd',
				text: 'Adding a hint with the answer the user expected'
			}
		],
		answer: 'b',
		explanation:
			'The paper finds that refusal tends to come at the start of a new sentence, where harmful-request and “new sentence” features promote “However”, and telling the model to drop punctuation made the jailbreak somewhat more effective, in line with that finding. The original jailbreak prompt, by contrast, told the model not to think step by step.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'The more we learn, the more we realize the potential for misuse.'
			},
			paper: ['10.3'],
			evidence: [
				{
					section: '10.3',
					text: 'simply ask the model not to use punctuation! Indeed, we find this can make the jailbreak somewhat more effective'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-alien-cloze',
		type: 'cloze',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The hosts close by saying models seem to have “little minds”. Complete the paper’s own description from its outlook.',
		text: 'Progress in AI is birthing “a new kind of intelligence, reminiscent of our own in some ways but entirely {{1}} in others”.',
		gaps: [['alien']],
		explanation:
			'The outlook (§15.4) stresses that AI is only partly like us and in other ways entirely alien. The “little minds” image is the hosts’ framing; the paper puts phrases like “in its head” in quotation marks and warns that the analogy between features and cells should not be taken too literally.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'almost like they have their own little minds working behind the scenes'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-lessons-multi-closing',
		type: 'multi',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The closing marvels at the models’ complex behaviours. Which of these does the paper’s discussion actually list among its lessons about the model?',
		options: [
			{
				id: 'a',
				text: 'Parallel mechanisms are the rule rather than the exception'
			},
			{
				id: 'b',
				text: 'Reasoning sorts into causal, analogical and moral reasoning types',
				misconception: 'C24'
			},
			{
				id: 'c',
				text: 'The model forms plans, for instance for rhymes'
			},
			{
				id: 'd',
				text: 'Training-data quality matters as much as its quantity',
				misconception: 'C30'
			},
			{
				id: 'e',
				text: 'The mechanisms are overwhelmingly complex'
			},
			{
				id: 'f',
				text: 'Interdisciplinary collaboration is what matters most',
				misconception: 'C39'
			}
		],
		answers: ['a', 'c', 'e'],
		explanation:
			'The discussion’s lessons include parallel mechanisms and modularity (parallel mechanisms are “the rule, not the exception”), plan formation, seen when the model activates “rabbit” and “habit” before the line begins, and overwhelming complexity, alongside abstraction, working backward from goals and uncertain metacognition. Reasoning types, data quality and interdisciplinary collaboration are the episode’s additions.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'It’s fascinating how these models can exhibit such complex behaviors, right?'
			},
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'Our poetry case study uncovered a striking instance of Claude forming internally generated plans for its future outputs.'
				},
				{
					section: '15.1',
					text: 'The most consistent finding of our investigations is the massive complexity underlying the model’s responses even in relatively simple contexts.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-closing-verdicts-matching',
		type: 'matching',
		difficulty: 'transfer',
		depth: 1,
		answerableFrom: 'paper',
		prompt: 'Match each remark from the episode’s closing with how it stands against the paper.',
		pairs: [
			{
				id: 'a',
				left: 'Seeing how models work lets us trust them, or not',
				right: 'Supported: trust could rise or fall (§7)'
			},
			{
				id: 'b',
				left: 'This research encourages interdisciplinary collaboration',
				right: 'Not in the paper at all'
			},
			{
				id: 'c',
				left: 'Models seem to have their own little minds',
				right: 'Hosts’ opinion; the paper calls AI partly alien'
			},
			{
				id: 'd',
				left: 'Models plan what they will write',
				right: 'Supported: rhyme words picked before the line (§4)'
			}
		],
		explanation:
			'Only two of the closing claims are backed by the paper: trust that can go either way (§7) and planning, seen when the model picks a rhyme word before writing the line (§4). The “little minds” line is the hosts’ framing, and the collaboration theme is invented.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds working behind the scenes'
			},
			paper: ['7', '4', '15.4'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				},
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	// Questions a listener can answer from one section of the episode, about things it said correctly
	// (depth 1, answerableFrom 'episode'). Introduction & Setup:
	{
		id: 'podcast-vs-paper-ep-intro-model-name',
		type: 'typed',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The hosts open by naming the model whose inner workings the paper studies. Which Claude model is it? Give the name and version.',
		// the version is asked for: "Haiku" alone does not give it
		accepted: [
			'Claude 3.5 Haiku',
			'3.5 Haiku',
			'Haiku 3.5',
			'Claude Haiku 3.5',
			'Claude 3.5 Haiku (October 2024)'
		],
		explanation:
			'The paper studies Claude 3.5 Haiku, which it describes as Anthropic’s lightweight production model at the time of writing. The hosts’ “latest” was true when the paper appeared, not necessarily today.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'It’s like a backstage pass to the inner workings of Claude 3.5 Haiku, Anthropic’s latest lightweight production model.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Claude 3.5 Haiku, released in October 2024, which serves as Anthropic’s lightweight production model as of this writing.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-intro-goal-cloze',
		type: 'cloze',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'Complete the paper’s statement of its goal, which the hosts paraphrase in the introduction.',
		text: 'The authors aim to {{1}} how these models work on the inside, so they can better understand them and assess their fitness for {{2}}.',
		gaps: [['reverse engineer', 'reverse-engineer', 'reverse engineering'], ['purpose']],
		explanation:
			'The paper’s own goal is to reverse engineer the model’s inner workings and so judge whether it is fit for purpose, which is just how the hosts put it. Note the aim is understanding the mechanisms, not building a better model or a benchmark.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'the paper aims to reverse-engineer the internal mechanisms of these large language models'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Our goal is to reverse engineer how these models work on the inside, so we may better understand them and assess their fitness for purpose.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-intro-wiring-diagram',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The paper likens its companion paper’s new tools to something neuroscientists produce, and a host uses the same image in the introduction. What is it?',
		options: [
			{ id: 'a', text: 'A scan of which brain regions light up' },
			{ id: 'b', text: 'A recording of single neurons firing' },
			{ id: 'c', text: 'A wiring diagram of the brain' },
			{ id: 'd', text: 'A map of what each brain lesion disables' }
		],
		answer: 'c',
		explanation:
			'The tools identify features and map the connections between them, which the paper likens to neuroscientists producing a “wiring diagram” of the brain; a host offers the image and the other confirms it. A scan shows only where activity is, and single-neuron recordings or lesion maps show parts on their own, not how the parts connect (though the paper does also test its graphs by inhibiting features, much as a lesion study would).',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'So, it’s like they’re trying to build a wiring diagram of the model’s brain?'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'analogous to neuroscientists producing a “wiring diagram” of the brain'
				}
			]
		},
		topic: 'attribution-graphs'
	},
	{
		id: 'podcast-vs-paper-ep-intro-circuit-tracing',
		type: 'cloze',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'Name the methodology, as the hosts do in the episode’s introduction.',
		text: 'Like biologists with their tools, the authors use a {{1}} methodology to map out the features inside the model and how they interact.',
		gaps: [['circuit tracing', 'circuit-tracing']],
		explanation:
			'The method is circuit tracing, introduced in the authors’ companion paper “Circuit Tracing: Revealing Computational Graphs in Language Models”. It maps features and their connections, rather than single neurons or the model’s written explanations. Within it, the paper’s main tool is the attribution graph, one per prompt, which the hosts bring up next.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'the authors are using a circuit tracing methodology to map out the features and interactions inside the model'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'In our companion paper, Circuit Tracing: Revealing Computational Graphs in Language Models, we build on recent work'
				}
			]
		},
		topic: 'attribution-graphs'
	},
	{
		id: 'podcast-vs-paper-ep-intro-graph-shows',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The hosts say what the paper’s attribution graphs are used to visualize. What does one show?',
		options: [
			{ id: 'a', text: 'Which training documents an output can be attributed to' },
			{ id: 'b', text: 'How features act on one another to produce one output' },
			{ id: 'c', text: 'How much each word of the prompt contributed to an output' },
			{ id: 'd', text: 'Which neurons contribute most to outputs across a dataset' }
		],
		answer: 'b',
		explanation:
			'An attribution graph is drawn for one prompt and one output: its nodes are features and its edges are the causal interactions between them, as the hosts describe (“how different features interact and lead to specific outputs”). “Attribution” here is not about training documents, and the graph is not a per-word score of the prompt or a dataset-wide ranking of neurons: it traces intermediate steps between input and output.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They’re using what they call attribution graphs to visualize how different features interact and lead to specific outputs.'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'in which nodes represent features and edges represent the causal interactions between them'
				}
			]
		},
		topic: 'attribution-graphs'
	},
	{
		id: 'podcast-vs-paper-ep-intro-basic-units',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'What does the paper take to be the basic units of computation that its method maps inside the model?',
		options: [
			{ id: 'a', text: 'Individual neurons' },
			{ id: 'b', text: 'Whole layers of the network' },
			{ id: 'c', text: 'Attention heads' },
			{ id: 'd', text: 'Features' }
		],
		answer: 'd',
		explanation:
			'The authors hypothesize that features, interpretable concepts inside the model’s activity, are its basic units of computation, as cells are for living things; the hosts speak of mapping “the features and interactions”. Single neurons are hard to read because each does many unrelated jobs.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'map out the features and interactions inside the model'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'we hypothesize that features form the basic units of computation inside models'
				}
			]
		},
		topic: 'attribution-graphs'
	},
	{
		id: 'podcast-vs-paper-ep-intro-findings-multi',
		type: 'multi',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In the episode’s introduction, which findings do the hosts name that the paper really reports?',
		options: [
			{ id: 'a', text: 'Reasoning in several steps' },
			{ id: 'b', text: 'Recognizing harmful requests and refusing them' },
			{ id: 'c', text: 'Planning ahead when writing poetry' },
			{ id: 'd', text: 'Keeping a separate, self-contained circuit for each language' },
			{ id: 'e', text: 'Making up reasoning steps to reach an answer the user hinted at' }
		],
		answers: ['a', 'c'],
		explanation:
			'The introduction names multi-step reasoning and planning in poetry, both case studies in the paper. Refusing harmful requests is a real finding too, but the hosts bring it up only in Key Concepts Part 2. Reasoning bent toward a user’s hint is in the paper (its chain-of-thought section) but never mentioned in the episode, and the paper finds shared circuits across languages alongside language-specific parts, not one sealed circuit per language.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'They found some interesting behaviors, like how the model performs multi-step reasoning or plans ahead when generating poetry.'
			},
			paper: ['1', '3', '4'],
			evidence: [
				{
					section: '1',
					text: 'We discover that the model plans its outputs ahead of time when writing lines of poetry.'
				},
				{
					section: '1',
					text: 'For instance, Claude 3.5 Haiku routinely uses multiple intermediate reasoning steps “in its head”'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-intro-rhyme-order',
		type: 'ordering',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The model is writing the second line of a rhyming couplet. Put what happens in the order the paper found.',
		items: [
			{ id: 'a', text: 'The first line is finished' },
			{ id: 'b', text: 'Candidate rhyming words for the next line’s end become active' },
			{ id: 'c', text: 'The model writes the opening words of the next line' },
			{ id: 'd', text: 'The model writes the rhyming word that ends the line' }
		],
		explanation:
			'The rhyme candidates come before the line is written, not when the model reaches its end: the hosts say it “identifies potential rhyming words that could fit at the end” before writing a line. A model that predicts one word at a time might be expected to improvise the rhyme at the last moment; in this couplet, and in about half of the poems the authors checked, the paper found it plans the rhyme instead.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'before writing a line of a poem, it identifies potential rhyming words that could fit at the end'
			},
			paper: ['1', '4'],
			evidence: [
				{
					section: '1',
					text: 'Before beginning to write each line, the model identifies potential rhyming words that could appear at the end.'
				},
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				}
			]
		},
		topic: 'rhyme-planning'
	},
	{
		id: 'podcast-vs-paper-ep-intro-rhyme-shapes-line-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'According to the paper, the rhyming words the model picks in advance go on to shape how it builds the line that leads up to them.',
		answer: true,
		explanation:
			'The preselected rhymes shape how the model constructs the line, so the output is organised around its intended ending, which is what the hosts mean by “thinking about the structure of its output”. Swapping the planned word makes the model rewrite the line to fit the new ending.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'So it’s not just spitting out random words; it’s actually thinking about the structure of its output?'
			},
			paper: ['1', '4.4'],
			evidence: [
				{
					section: '1',
					text: 'These preselected rhyming options then shape how the model constructs the entire line.'
				}
			]
		},
		topic: 'rhyme-planning'
	},
	{
		id: 'podcast-vs-paper-ep-intro-next-word-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'According to the paper, because the model is trained to predict one word at a time, it improvises each line of a poem and settles the rhyme only at the last word.',
		answer: false,
		explanation:
			'That is the “pure improvisation” picture the authors expected, and their evidence contradicts it: the model plans, as the hosts say when they describe it planning ahead in poetry. Next-word training does not stop it from preparing a later word in advance. The paper does not claim it always plans, though: it found planned-word features “in about half of the poems we investigated”, perhaps because the transcoder missed the rest, perhaps because the model does not always plan.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'plans ahead when generating poetry'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'Language models are trained to predict the next word, one word at a time.'
				},
				{ section: '4', text: 'However, we find compelling evidence for a planning mechanism.' }
			]
		},
		topic: 'rhyme-planning'
	},
	{
		id: 'podcast-vs-paper-ep-intro-generalize',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'Which broad finding does the paper report about the model’s internal computations?',
		options: [
			{ id: 'a', text: 'They are highly abstract and carry over to very different contexts' },
			{ id: 'b', text: 'They are mostly tied to the exact wording of each prompt' },
			{ id: 'c', text: 'They are split into one separate module per task' },
			{ id: 'd', text: 'They mostly replay sentences memorized from training' }
		],
		answer: 'a',
		explanation:
			'The paper says the model’s computations are highly abstract and generalize across disparate contexts, for instance the same features across languages and the same addition features in very different settings. That is the generalization the hosts mention.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'they also uncovered how the model can generalize its reasoning across different contexts'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'More broadly, the model’s internal computations are highly abstract and generalize across disparate contexts.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-intro-terms-matching',
		type: 'matching',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'Match each term from the introduction with what it is in the paper.',
		pairs: [
			{ id: 'a', left: 'Claude 3.5 Haiku', right: 'The model under study, a production model' },
			{
				id: 'b',
				left: 'Circuit tracing',
				right: 'The overall methodology, from a companion paper'
			},
			{ id: 'c', left: 'Attribution graph', right: 'A per-output map of interacting features' },
			{ id: 'd', left: 'Fitness for purpose', right: 'What better understanding lets us assess' }
		],
		explanation:
			'The introduction names all four correctly: the paper applies the circuit-tracing methodology to Claude 3.5 Haiku, draws attribution graphs of how features interact for a given output, and wants to understand models so as to assess their fitness for purpose.',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'The more we understand how they work, the better we can evaluate their fitness for purpose in real-world applications.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Our goal is to reverse engineer how these models work on the inside, so we may better understand them and assess their fitness for purpose.'
				},
				{ section: '1', text: 'We rely heavily on a tool we call attribution graphs' }
			]
		},
		topic: 'podcast-vs-paper'
	},
	// Key Concepts Part 1:
	{
		id: 'podcast-vs-paper-ep-kc1-reasons-multi',
		type: 'multi',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'Why does the paper’s opening say it is increasingly unsatisfactory not to know how these models work inside?',
		options: [
			{ id: 'a', text: 'They are being deployed in a growing number of applications' },
			{ id: 'b', text: 'Regulators have begun to require explanations of their outputs' },
			{ id: 'c', text: 'They are advancing in intelligence' },
			{ id: 'd', text: 'Their training has become too expensive to repeat' },
			{ id: 'e', text: 'They have stopped improving with more data' }
		],
		answers: ['a', 'c'],
		explanation:
			'The paper’s first paragraph gives two reasons: models are advancing in intelligence and are deployed in more and more applications. The hosts give only the second, as models becoming “more integrated into society”; the first comes from the paper. Regulation, cost and data limits are not its motivation.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize that as these models become more integrated into society, we really need to know what’s happening under the hood.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'The black-box nature of models is increasingly unsatisfactory as they advance in intelligence and are deployed in a growing number of applications.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-new-tools-cloze',
		type: 'cloze',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'Complete the paper’s argument for its own work, which a host sums up in Key Concepts Part 1.',
		text: 'Progress in biology, the paper notes, is often driven by new {{1}}; the authors’ companion paper offers a new set for language models, built to identify features and map the connections between them.',
		gaps: [['tools', 'tool', 'instruments']],
		explanation:
			'The paper argues from biology, where the microscope opened up cells, that understanding models needs new tools, and its companion paper supplies them: tools that identify features, the interpretable concepts it treats as the model’s building blocks, and map how they connect. Not neurons, which mix many unrelated jobs. The host’s “we need better tools to see how these models think” is a fair summary.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'we need better tools to see how these models think'
			},
			paper: ['1'],
			evidence: [
				{ section: '1', text: 'Progress in biology is often driven by new tools.' },
				{
					section: '1',
					text: 'to introduce a new set of tools for identifying features and mapping connections between them'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-not-single-memory-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'For “the capital of the state containing Dallas”, the paper finds the model answers from a single memorized association, with no intermediate step.',
		answer: false,
		explanation:
			'The paper finds genuine two-step reasoning: the model represents Texas on the way to Austin. As the host says, it “doesn’t just pull from a single memory”; the paper adds that a direct shortcut runs alongside the two-step path.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, the model doesn’t just pull from a single memory or response.'
			},
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		},
		topic: 'multi-step-reasoning'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-question-asked',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'What question does the paper’s first case study, on the capital of the state containing Dallas, set out to answer?',
		options: [
			{ id: 'a', text: 'Whether it must write out its steps to reach the right answer' },
			{ id: 'b', text: 'Whether it works out the state or recalls a memorized answer' },
			{ id: 'c', text: 'Whether its “capital” features are shared with other languages' },
			{ id: 'd', text: 'Whether the city name or the word “state” drives its answer' }
		],
		answer: 'b',
		explanation:
			'The authors ask whether the model performs both steps internally (Dallas to Texas, Texas to Austin) or takes a shortcut, such as a completion memorized from training text; they find both at work. The episode never names this case study or its question, but the host’s point that the model “doesn’t just pull from a single memory” matches half the answer they reach. Nothing is written out: the steps happen inside one forward pass. The paper does notice multilingual “capital” features along the way, but that is not the question the case study is built around.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, what about the multi-step reasoning they mentioned earlier? How does that work?'
			},
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'Or does it use some “shortcut” (e.g. perhaps it has observed a similar sentence in the training data and simply memorized the completion)?'
				}
			]
		},
		topic: 'multi-step-reasoning'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-routinely',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'When does the paper find Claude 3.5 Haiku uses several intermediate reasoning steps “in its head” to decide its output?',
		options: [
			{ id: 'a', text: 'Only when told to think step by step' },
			{ id: 'b', text: 'Only on arithmetic and other maths problems' },
			{ id: 'c', text: 'Never: each answer is retrieved in one step' },
			{ id: 'd', text: 'Routinely, as part of how it decides outputs' }
		],
		answer: 'd',
		explanation:
			'The paper says the model routinely uses multiple intermediate steps inside its forward pass, without being asked to and not only for maths. The host’s “it considers several aspects before arriving at a conclusion” describes this general habit.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It considers several aspects before arriving at a conclusion.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'For instance, Claude 3.5 Haiku routinely uses multiple intermediate reasoning steps “in its head”'
				}
			]
		},
		topic: 'multi-step-reasoning'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-weighs-options-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The paper reports signs that the model weighs several possibilities for what it will say well before it says it.',
		answer: true,
		explanation:
			'The paper calls this forward planning: before writing a line of a poem, the model holds several candidate endings, such as “rabbit” and “habit”, and the line is then built toward them. The episode says so in its introduction, where the model “identifies potential rhyming words” before writing the line. (In Key Concepts Part 1, “it considers several aspects before arriving at a conclusion” is said of multi-step reasoning, not of planning what to say.)',
		sources: {
			transcript: {
				section: 'introduction',
				text: 'For instance, before writing a line of a poem, it identifies potential rhyming words that could fit at the end.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'It displays signs of forward planning, considering multiple possibilities for what it will say well in advance of saying it.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-own-approach',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'How do the authors get their view inside the model?',
		options: [
			{ id: 'a', text: 'By asking the model to write out its reasoning' },
			{ id: 'b', text: 'With a new set of tools they built for looking inside models' },
			{ id: 'c', text: 'By surveying existing interpretability methods' },
			{ id: 'd', text: 'By training small models and extrapolating to large ones' }
		],
		answer: 'b',
		explanation:
			'The hosts say existing methods are often limited and better tools are needed, so the authors introduce their own approach. In the paper these are new tools, set out in a companion paper: a replacement model built from interpretable features, from which they trace attribution graphs. They do not rely on the model’s written reasoning, which the paper says often misrepresents what happens inside, and they do not extrapolate from small models: they study a production model directly.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, they introduce their own approach'
			},
			paper: ['1', '2'],
			evidence: [
				{
					section: '1',
					text: 'to introduce a new set of tools for identifying features and mapping connections between them'
				},
				{
					section: '2',
					text: 'we build a replacement model that approximately reproduces the activations of the original model using more interpretable components'
				}
			]
		},
		topic: 'attribution-graphs'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-mechanisms-unknown-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The paper opens by saying that, for the most part, the mechanisms behind large language models’ capabilities are unknown.',
		answer: true,
		explanation:
			'The paper’s first lines say exactly this, which is why it calls for a deeper understanding, as the hosts say. It then sets out to reverse engineer some of those mechanisms, one case study at a time.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s kind of wild to think we’re letting these models drive parts of our lives without fully understanding their mechanics.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'However, for the most part, the mechanisms by which they do so are unknown.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-harder-to-predict',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'What do the authors expect to happen to guessing a model’s mechanisms in advance as models grow more capable?',
		options: [
			{ id: 'a', text: 'It will get easier, as larger models form cleaner, more human concepts' },
			{ id: 'b', text: 'It will stay about as hard, as the same circuit motifs keep recurring' },
			{ id: 'c', text: 'It will get harder, so tools for open-ended exploration will matter more' },
			{ id: 'd', text: 'It will get harder, so the work should move to smaller, simpler models' }
		],
		answer: 'c',
		explanation:
			'The authors expect that predicting mechanisms a priori will get harder as models grow more capable, so the need for tools that explore without a fixed hypothesis will grow. They do not propose retreating to small models: the point of the paper is to study a production model. The hosts make a related point in their own words, that as models evolve our understanding must keep evolving, though they do not say that guessing mechanisms will get harder or which tools that calls for.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'As these models evolve, our understanding must evolve too.'
			},
			paper: ['15.3.3'],
			evidence: [
				{
					section: '15.3.3',
					text: 'We expect that as models grow increasingly capable, predicting their mechanisms a priori will become more difficult'
				}
			]
		},
		topic: 'limitations'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-why-understand',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'According to the paper’s outlook, why are the stakes of understanding AI models high?',
		options: [
			{ id: 'a', text: 'Their abilities now outpace the tests used to evaluate them' },
			{ id: 'b', text: 'Their fluent answers make their mistakes hard to notice' },
			{ id: 'c', text: 'They exert growing influence over how people live and work' },
			{ id: 'd', text: 'They may soon help design the next generation of AI' }
		],
		answer: 'c',
		explanation:
			'The outlook says the stakes are high because AI models exert growing influence on how we live and work, so we must understand them well enough to keep their impact positive. That is the host’s worry about “letting these models drive parts of our lives”. Outpaced benchmarks, hard-to-spot errors and AI designing AI are common arguments elsewhere, but not the ones this paper gives.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'we’re letting these models drive parts of our lives without fully understanding their mechanics'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-final-word-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'The authors expect to keep their present method and mainly scale it up, rather than move to significantly different methods.',
		answer: false,
		explanation:
			'They call the method a stepping stone with major limitations, doubt that cross-layer transcoders are the best long-term abstraction, and think it quite likely they will share significantly different methods in future. The episode does not go into this: the hosts tie their call for ongoing research to the models changing, a point §15.3.3 makes too, while this passage’s reason to keep going is the method’s own limits. (The same hosts also call the work a “comprehensive framework”, which the paper does not support.)',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'And this really emphasizes the need for ongoing research, right?'
			},
			paper: ['15.2'],
			evidence: [
				{ section: '15.2', text: 'Overall, we see our present method as a stepping stone.' },
				{
					section: '15.2',
					text: "We think it's quite likely that we'll share significantly different methods in the future."
				}
			]
		},
		topic: 'limitations'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-microscope',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The paper compares its tools for looking inside the model to an instrument, and a host reaches for a similar one when describing how closely the authors look. Which instrument does the paper name?',
		options: [
			{ id: 'a', text: 'A telescope' },
			{ id: 'b', text: 'A stethoscope' },
			{ id: 'c', text: 'A microscope' },
			{ id: 'd', text: 'A compass' }
		],
		answer: 'c',
		explanation:
			'The paper recalls that the microscope let biologists see cells for the first time, and casts its own tools in that part: they make features, the model’s hypothesized building blocks, visible. It carries the image over to its limits too: its tools, like any microscope, cannot see everything, and the authors report satisfying insight for about a quarter of the prompts they tried. The host’s “magnifying glass” is the same image. What the host says the authors look at, though, is the model’s responses sorted into reasoning patterns, while the paper’s lens is on the features inside the model.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'It’s like they’re taking a magnifying glass to the model’s thought processes.'
			},
			paper: ['1', '1.1'],
			evidence: [
				{
					section: '1',
					text: 'The development of the microscope allowed scientists to see cells for the first time'
				},
				{ section: '1.1', text: 'Like any microscope, our tools are limited in what they can see.' }
			]
		},
		topic: 'attribution-graphs'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-dallas-both',
		type: 'single',
		difficulty: 'mechanism',
		depth: 2,
		answerableFrom: 'paper',
		prompt:
			'For “the capital of the state containing Dallas is”, which mechanism does the paper find at work?',
		options: [
			{ id: 'a', text: 'A direct, memorized link from Dallas to Austin, with no state step' },
			{ id: 'b', text: 'A two-step path through Texas, alongside a direct shortcut' },
			{ id: 'c', text: 'A two-step path through Texas, with no direct link to Austin' },
			{ id: 'd', text: 'A direct link to Austin first, then a check through Texas' }
		],
		answer: 'b',
		explanation:
			'The paper finds a genuine two-step path (Dallas to Texas, then Texas plus “capital” to Austin) running in parallel with a shortcut edge from Dallas straight to “say Austin”. So the two-step path is real but not the only route, and the two run side by side rather than one checking the other. The host’s “doesn’t just pull from a single memory” fits, though the episode never mentions the shortcut.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, the model doesn’t just pull from a single memory or response.'
			},
			paper: ['3'],
			evidence: [
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				},
				{
					section: '3',
					text: 'There also exists a “shortcut” edge directly from Dallas to say Austin.'
				}
			]
		},
		topic: 'multi-step-reasoning'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-earlier-tools',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'What does the episode report the authors saying about the methods that already existed for understanding how AI models work?',
		options: [
			{ id: 'a', text: 'They already explained most of what language models do' },
			{ id: 'b', text: 'They were not needed, as written reasoning shows the model’s steps' },
			{ id: 'c', text: 'They were often limited, so better tools were needed' },
			{ id: 'd', text: 'They worked well and needed only more computing power' }
		],
		answer: 'c',
		explanation:
			'The host says the existing methods are “often limited” and that the authors are saying “we need better tools”. The paper’s point is more specific. Its introduction credits other groups with real progress: their tools uncovered features, interpretable concepts inside a model. But finding these building blocks is not enough to understand the model; one must also know how they interact, which is why the authors built tools that map the connections between features. The host’s “interpreting AI outputs” is loose, since the paper looks inside the model rather than at what it writes. Nor does the paper treat written reasoning as a substitute: it warns that a written chain of thought can misrepresent what the model actually does.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'And the authors point out that existing methods for interpreting AI outputs are often limited. They’re basically saying, “Hey, we need better tools to see how these models think.”'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'In recent years, many research groups have made exciting progress on tools for probing the insides of language models'
				},
				{
					section: '1',
					text: 'However, identifying these building blocks is not sufficient to understand the model; we need to know how they interact.'
				}
			]
		},
		topic: 'attribution-graphs'
	},
	{
		id: 'podcast-vs-paper-ep-kc1-black-box-trend',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The paper opens by saying that the black-box nature of language models is increasingly unsatisfactory. Which trend does it give as a reason?',
		options: [
			{ id: 'a', text: 'Their training data is more and more written by other models' },
			{ id: 'b', text: 'They are deployed in a growing number of applications' },
			{ id: 'c', text: 'New laws require their makers to explain each output' },
			{ id: 'd', text: 'Their makers have stopped publishing how they are trained' }
		],
		answer: 'b',
		explanation:
			'The first paragraph ties the problem to models being put to use in more and more applications, which is what the host means by models becoming “more integrated into society”. It names one other reason the hosts leave out: models are advancing in intelligence. Machine-written training data, regulation and secrecy about training are not the paper’s reasons; its stated aim is to reverse engineer how the models work so as to understand them and judge their fitness for purpose.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize that as these models become more integrated into society, we really need to know what’s happening under the hood.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'The black-box nature of models is increasingly unsatisfactory as they advance in intelligence and are deployed in a growing number of applications.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	// Key Concepts Part 2:
	{
		id: 'podcast-vs-paper-ep-kc2-mixture',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'How does the paper describe the circuits the model uses when it works in different languages?',
		options: [
			{ id: 'a', text: 'Separate circuits for each language, joined by a translation step' },
			{ id: 'b', text: 'Shared circuits that work in English, translating in and out of it' },
			{ id: 'c', text: 'One shared circuit for all languages, with no language-specific parts' },
			{ id: 'd', text: 'Language-independent concept features plus language-specific parts' }
		],
		answer: 'd',
		explanation:
			'The paper finds shared, abstract features for concepts and operations, together with language-specific parts that handle the input and output language, which is what the hosts describe (“language-agnostic concepts while also having language-specific components”). The concepts are shared rather than routed through English, though the paper does find English mechanistically privileged as the default output (§5.6). They are not kept in separate per-language circuits either, and the output side is clearly language-specific.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'the model can use features that represent language-agnostic concepts while also having language-specific components'
			},
			paper: ['1', '5', '5.6'],
			evidence: [
				{
					section: '1',
					text: 'We find the model uses a mixture of language-specific and abstract, language-independent circuits.'
				},
				{
					section: '5.6',
					text: 'This paints a picture of a multilingual representation in which English is the default output.'
				}
			]
		},
		topic: 'multilingual-circuits'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-similar-circuits-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'For the opposite of “small” in English, French and Chinese, the paper finds shared circuits for English and French, while the Chinese prompt runs on a largely separate circuit.',
		answer: false,
		explanation:
			'All three prompts, Chinese included, run on very similar circuits with shared multilingual components, plus an analogous language-specific component, so the logic is shared, as the hosts say. A different script does not split the circuit: only the language-specific parts differ, such as the one that makes the answer come out as “大” rather than “big”.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'even as it generates text in different languages, the underlying logic and reasoning can still be shared'
			},
			paper: ['5'],
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				}
			]
		},
		topic: 'multilingual-circuits'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-shared-parts-multi',
		type: 'multi',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In the paper’s “opposite of small” prompts in English, French and Chinese, which parts of the computation are shared across the three languages?',
		options: [
			{ id: 'a', text: 'The concept of smallness' },
			{ id: 'b', text: 'The idea of an opposite (antonym)' },
			{ id: 'c', text: 'Producing the answer word in the prompt’s own language' },
			{ id: 'd', text: 'The concept of largeness that the answer expresses' }
		],
		answers: ['a', 'b', 'd'],
		explanation:
			'The concepts (small, antonym, large) are handled by multilingual features shared by all three prompts, while language-specific features decide whether the answer comes out as “big”, “grand” or “大”. This is the split between language-agnostic concepts and language-specific components that the hosts describe.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "It's fascinating how the model can use features that represent language-agnostic concepts while also having language-specific components."
			},
			paper: ['5', '5.5'],
			evidence: [
				{
					section: '5',
					text: 'We find that these three prompts are driven by very similar circuits, with shared multilingual components, and an analogous language-specific component.'
				},
				{
					section: '5.5',
					text: 'we consistently see the “crux” of the computation is being performed by language-agnostic features'
				}
			]
		},
		topic: 'multilingual-circuits'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-mental-language',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'In the part of the episode on languages, a host sums up the model’s shared handling of languages with an image of their own. Which image does the paper’s discussion use for the same idea?',
		options: [
			{ id: 'a', text: 'It translates concepts into a common “universal mental language”' },
			{ id: 'b', text: 'It routes every language through English as a “pivot language”' },
			{ id: 'c', text: 'It keeps a “universal dictionary” pairing words across languages' },
			{ id: 'd', text: 'It stores a “concept map” for each language and aligns them' }
		],
		answer: 'a',
		explanation:
			'The paper suggests that the model, in a sense, translates concepts into a shared “universal mental language” in its intermediate layers, so the host’s loose image of a “universal translator” fits. What is shared is concepts, not word-to-word pairings or per-language maps. Nor does every language pass through English: the shared features are genuinely multilingual, though the paper finds English privileged in one way, as the default output language (§5.6).',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s almost like it has a universal translator built into its brain'
			},
			paper: ['15.1', '5.6'],
			evidence: [
				{
					section: '15.1',
					text: 'suggesting that it, in a sense, translates concepts to a common “universal mental language” in its intermediate activations'
				},
				{
					section: '5.6',
					text: 'It seems to us that Claude 3.5 Haiku is using genuinely multilingual features, especially in the middle layers.'
				}
			]
		},
		topic: 'multilingual-circuits'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-which-circuitry',
		type: 'typed',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'Which kind of circuitry does the paper show generalizing between very different contexts, the same features doing the same job far from where they were first found?',
		accepted: [
			'addition',
			'addition circuitry',
			'arithmetic',
			'adding',
			'addition circuits',
			'addition features',
			'lookup table features',
			'lookup table feature',
			'lookup table',
			'lookup tables',
			'addition lookup table',
			'addition lookup tables',
			'addition lookup table features'
		],
		explanation:
			'The paper highlights the same addition circuitry at work in very different contexts: the lookup table feature for adding numbers ending in 6 and 9 also helps work out the year in a journal citation. The hosts name it correctly: “the same addition circuitry is applicable across different contexts”.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'the way they demonstrated that the same addition circuitry is applicable across different contexts'
			},
			paper: ['1', '6.1.1'],
			evidence: [
				{
					section: '1',
					text: 'We highlight cases where the same addition circuitry generalizes between very different contexts.'
				},
				{
					section: '6.1.1',
					text: 'The same lookup table feature that is active on addition prompts helps to infer the correct citation year.'
				}
			]
		},
		topic: 'shared-addition'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-beyond-arithmetic-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The paper finds the model’s addition features at work only on prompts that are written as arithmetic problems.',
		answer: false,
		explanation:
			'The same addition features also fire in very different contexts that need an additive step, such as dates in citations and tables of figures. That is the reuse the hosts mean when they say it “generalizes features from arithmetic to other tasks”.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "the insights into how it generalizes features from arithmetic to other tasks show that it isn't just stuck in a box"
			},
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'the same addition-related features involved in computing arithmetic problems are also used in very different contexts that nevertheless require an additive calculation'
				}
			]
		},
		topic: 'shared-addition'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-pathways',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'How does the paper find Claude adds two-digit numbers such as 36+59?',
		options: [
			{ id: 'a', text: 'The school method, adding the ones and carrying the one' },
			{ id: 'b', text: 'By recalling the whole sum as a single memorized fact' },
			{ id: 'c', text: 'Several pathways at once, combined into the answer' },
			{ id: 'd', text: 'By counting upwards from the larger number' }
		],
		answer: 'c',
		explanation:
			'One pathway estimates the rough size of the sum while another works out the last digit, and the two are combined into 95: the “combination of pathways” the hosts mention. Carrying the one is what the model says it did when asked, not what its circuits do.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'when it comes to simple arithmetic, like adding two-digit numbers, Claude uses a combination of pathways'
			},
			paper: ['6'],
			evidence: [
				{
					section: '6',
					text: 'computing the result at a rough precision in parallel with computing the ones digit of the answer, before recombining these heuristics to get the correct answer'
				}
			]
		},
		topic: 'shared-addition'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-intermediate-result',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'For “(4 + 5) * 3”, the model’s addition features work out 9. What does the paper find the model does with that 9?',
		options: [
			{ id: 'a', text: 'Outputs it, then corrects itself to 27' },
			{ id: 'b', text: 'Flags it as an intermediate step, not the answer' },
			{ id: 'c', text: 'Ignores it and looks up 27 as a memorized fact' },
			{ id: 'd', text: 'Switches off its addition features for this prompt' }
		],
		answer: 'b',
		explanation:
			'Features for the kind of expression (a sum that will then be multiplied) activate a feature that appears to represent “9, when computed as an intermediate step”, and the model goes on to answer 27. That feature’s strongest direct effect is to push down “9”, so it may counter the urge to blurt out the intermediate result, but the authors note the effect is weak in the graph and say it is unclear whether this suppression matters in the real model. The same addition result is used differently depending on the situation: the flexibility the hosts point to, though the episode never mentions this example.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "It's like it knows when to adapt its reasoning based on the situation at hand."
			},
			paper: ['6.1.2'],
			evidence: [
				{
					section: '6.1.2',
					text: 'The expression-type features also activate a feature that appears to represent “9, when computed as an intermediate step”'
				},
				{
					section: '6.1.2',
					text: 'so it is unclear if this suppressive mechanism is significant in the underlying model'
				}
			]
		},
		topic: 'shared-addition'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-follow-up',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In the paper’s medical example, what is the model given, and what is it asked to produce?',
		options: [
			{ id: 'a', text: 'A patient’s symptoms; a follow-up question to ask' },
			{ id: 'b', text: 'A confirmed diagnosis; a treatment plan' },
			{ id: 'c', text: 'Lab results; the name of the lab test to order next' },
			{ id: 'd', text: 'A medical image; a description of what it shows' }
		],
		answer: 'a',
		explanation:
			'The model reads a patient’s symptoms and suggests which further symptom to ask about, the hosts’ “follow-up questions based on symptoms”. Internally it forms a candidate diagnosis (preeclampsia) and picks a question that would confirm it.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They highlighted how the model can suggest follow-up questions based on symptoms'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'Here, we study an example scenario in which a model is presented with information about a patient, and asked to suggest a follow-up question to inform diagnosis and treatment.'
				}
			]
		},
		topic: 'medical-diagnosis'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-medical-order',
		type: 'ordering',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt: 'Put the steps of the paper’s medical example in the order the model takes them.',
		items: [
			{ id: 'a', text: 'It reads the patient’s reported symptoms' },
			{ id: 'b', text: 'It internally forms a candidate diagnosis' },
			{ id: 'c', text: 'It considers other symptoms that would support that diagnosis' },
			{ id: 'd', text: 'It suggests asking about one of those symptoms' }
		],
		explanation:
			'In the paper’s case, a pregnant patient with upper-right abdominal pain, headache, high blood pressure and raised liver enzymes, the symptoms activate features for preeclampsia, a diagnosis the prompt never names. Those features call up other signs of preeclampsia, and two of them, visual disturbances and protein in the urine (proteinuria), become the model’s top two suggestions. The hosts mention follow-up questions based on symptoms, but the middle steps, the internal diagnosis and the supporting symptoms it calls up, come from the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'If it suggests a diagnosis based on certain symptoms, we should know how it arrived at that conclusion.'
			},
			paper: ['1', '7'],
			evidence: [
				{
					section: '1',
					text: 'uses these to inform follow-up questions about additional symptoms that could corroborate the diagnosis'
				},
				{
					section: '7',
					text: 'The preeclampsia features activate downstream features representing additional symptoms that would provide confirmatory evidence for a preeclampsia diagnosis'
				}
			]
		},
		topic: 'medical-diagnosis'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-medical-multi',
		type: 'multi',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'What does the paper say interpretability could offer in medical settings?',
		options: [
			{ id: 'a', text: 'Let professionals combine the model’s reasoning with their own' },
			{ id: 'b', text: 'Show the model’s diagnostic reasoning as legible steps, in some cases' },
			{ id: 'c', text: 'Flag when a diagnosis leans on a patient’s age or sex' },
			{ id: 'd', text: 'Let clinicians correct a diagnosis by editing its features' },
			{ id: 'e', text: 'Help regulators decide which medical tasks a model may do' }
		],
		answers: ['a', 'b'],
		explanation:
			'The paper hopes interpretability will let clinicians synthesize the model’s reasoning with their own and shows, in one simple case, diagnostic reasoning broken into legible steps: the blend of human expertise and AI the hosts describe. Checking for demographic bias, editing features in the clinic and guiding regulators are plausible uses, but the paper proposes none of them; it warns that its results do not justify trusting medical answers without human experts.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: "They emphasized that understanding the model's internal steps can help clinicians make better-informed decisions, essentially blending human expertise with AI capabilities."
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'enable medical professionals to synthesize the model’s reasoning with their own'
				},
				{
					section: '7',
					text: 'models’ internal diagnostic reasoning can, in some cases, be broken down into legible steps'
				}
			]
		},
		topic: 'medical-diagnosis'
	},
	{
		id: 'podcast-vs-paper-ep-kc2-refusal-trigger',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'Asked for an ad for cleaning with bleach and ammonia, the model refuses. What does the paper find drives the refusal?',
		options: [
			{ id: 'a', text: 'A learned rule against naming both chemicals in the same text' },
			{ id: 'b', text: 'Features for persuasive writing, which make it wary of any advert' },
			{
				id: 'c',
				text: 'Danger-of-mixing features that trigger refusal directly, with no general harm concept'
			},
			{ id: 'd', text: 'Danger-of-mixing features feeding a general “harmful request” concept' }
		],
		answer: 'd',
		explanation:
			'Features for the danger of mixing the two chemicals feed a “harmful request” cluster that drives a chain of refusal features, so the model identifies the request as harmful and refuses, as the hosts say. The middle step matters: the paper finds a general-purpose “harmful request” concept, built during fine-tuning from many specific harm features, between the danger features and the refusal. It is not a rule about words (the model happily writes an ad for either product alone) or about advertising as such.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'They found that the model could identify harmful requests and refuse to comply'
			},
			paper: ['9', '9.1'],
			evidence: [
				{
					section: '9',
					text: 'though Claude is happy to write an advertisement for either substance on its own'
				},
				{
					section: '9.1',
					text: 'A Refusal Chain consisting of a “harmful request from human” feature cluster'
				}
			]
		},
		topic: 'refusals'
	},
	// Closing:
	{
		id: 'podcast-vs-paper-ep-closing-plan-formation',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'Which of these is one of the lessons the paper’s discussion draws about the model?',
		options: [
			{ id: 'a', text: 'Introspection: accurate reports of how it reached its answers' },
			{ id: 'b', text: 'Plan formation: internal plans for its future outputs' },
			{ id: 'c', text: 'World modelling: an internal map of the places it reads about' },
			{ id: 'd', text: 'Self-correction: catching its own errors before it answers' }
		],
		answer: 'b',
		explanation:
			'“Plan Formation” is one of the lessons in the paper’s discussion, drawn from the poem study, where the model prepares a rhyme before writing the line. The closing’s “the way they plan and reason” is right on this point. Introspection is the reverse of what the paper found: asked how it added 36+59, the model described carrying the one, which its circuits do not do. World maps and self-correction before answering are not among the discussion’s lessons (parallel mechanisms, abstraction, plan formation, working backward from a goal, meta-cognition, ingrained characteristics, complexity).',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds'
			},
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'Our poetry case study uncovered a striking instance of Claude forming internally generated plans for its future outputs.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-closing-plan-reason-multi',
		type: 'multi',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'Which of these does the paper show the model doing inside a single response?',
		options: [
			{ id: 'a', text: 'Preparing the word a line will end on before writing the line' },
			{ id: 'b', text: 'Answering a two-hop question from one memorized fact alone' },
			{ id: 'c', text: 'Taking an intermediate reasoning step before its answer' },
			{ id: 'd', text: 'Writing its reasoning in a hidden scratchpad before replying' },
			{ id: 'e', text: 'Choosing its rhyme only once it reaches the end of the line' }
		],
		answers: ['a', 'c'],
		explanation:
			'The poem study shows planning and the Dallas example shows an intermediate step (Texas) on the way to the answer: the planning and reasoning the closing marvels at. The rhyme is chosen before the line, not at its end; the Dallas answer does not rest on a memorized link alone (a shortcut exists, but so does the Texas step); and the intermediate step is internal activity in one forward pass, not text written anywhere, hidden or not.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason'
			},
			paper: ['1', '3', '4'],
			evidence: [
				{
					section: '1',
					text: 'We discover that the model plans its outputs ahead of time when writing lines of poetry.'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-closing-consistent-finding',
		type: 'typed',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'In one word, what does the paper call the most consistent finding of its investigations: the massive ___ underlying the model’s responses, even in simple contexts?',
		accepted: ['complexity', 'complex', 'intricacy', 'intricacies'],
		explanation:
			'The paper’s discussion names complexity as its most consistent finding: even simple prompts need a huge causal graph to describe faithfully. The episode never says this. Its closing admires the models’ “complex behaviors”, which is a different point: the paper finds complex mechanisms underneath responses that are themselves simple, so a plain answer can still rest on an intricate tangle of steps.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'It’s fascinating how these models can exhibit such complex behaviors, right?'
			},
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'The most consistent finding of our investigations is the massive complexity underlying the model’s responses even in relatively simple contexts.'
				}
			]
		},
		topic: 'limitations'
	},
	{
		id: 'podcast-vs-paper-ep-closing-simple-mechanisms-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The paper’s discussion reports that the complexity it found shows up mainly on long, demanding prompts rather than in simple contexts.',
		answer: false,
		explanation:
			'The discussion says the opposite: its most consistent finding is massive complexity even in relatively simple contexts, where faithful descriptions apparently need an overwhelmingly large causal graph. The closing’s emphasis on “the intricacies of these systems” fits that, though the episode does not say where the complexity shows up.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'And that’s what makes it so crucial to understand the intricacies of these systems.'
			},
			paper: ['15.1'],
			evidence: [
				{
					section: '15.1',
					text: 'The most consistent finding of our investigations is the massive complexity underlying the model’s responses even in relatively simple contexts.'
				},
				{
					section: '15.1',
					text: 'The mechanisms of the model can apparently only be faithfully described using an overwhelmingly large causal graph.'
				}
			]
		},
		topic: 'limitations'
	},
	{
		id: 'podcast-vs-paper-ep-closing-exciting-takeaway',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt: 'What does the paper call the most exciting takeaway about its method?',
		options: [
			{
				id: 'a',
				text: 'It can sometimes reveal intermediate steps not visible from inputs and outputs'
			},
			{ id: 'b', text: 'It explains almost every prompt the authors tried' },
			{ id: 'c', text: 'It runs faster than the model it explains' },
			{ id: 'd', text: 'It can be applied to any model without training anything new' }
		],
		answer: 'a',
		explanation:
			'The exciting part is that, sometimes, the method exposes interpretable intermediate computation that the model’s inputs and outputs do not show: the kind of “insights into AI’s thought processes” the closing jokes about. It does not explain most prompts; the authors report satisfying insight for about a quarter. The episode never says how often the method works, so only the paper settles this one.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'you get insights into AI’s thought processes'
			},
			paper: ['15.2'],
			evidence: [
				{
					section: '15.2',
					text: 'The most exciting takeaway about our method is that, sometimes, we can reveal interpretable intermediate computation'
				}
			]
		},
		topic: 'attribution-graphs'
	},
	{
		id: 'podcast-vs-paper-ep-closing-planning-example',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The closing says “the way they plan and reason” makes the models seem to have little minds. Which example of planning had the episode given earlier, one the paper shows too?',
		options: [
			{
				id: 'a',
				text: 'Before writing a line of a poem, it comes up with words that could rhyme at its end'
			},
			{ id: 'b', text: 'It drafts several complete answers, then keeps the best one' },
			{
				id: 'c',
				text: 'It writes a line’s last word first, then fills in the words before it'
			},
			{
				id: 'd',
				text: 'It writes each line word by word and picks a rhyme only on reaching the end'
			}
		],
		answer: 'a',
		explanation:
			'The closing’s “plan” points back to the poem example of the introduction: before writing a line, the model finds words that could rhyme at its end. The paper bears this out for rhyming couplets, in about half of the poems it looked at: on the line break, before the second line’s first word, features for candidate endings such as “rabbit” and “habit” are already active, and they shape the line that follows. Picking the rhyme only at the end was what the authors first expected, and not what they found. Nothing is written out of order, and no complete drafts are compared: the plan stays inside, and the line is still written word by word.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds'
			},
			paper: ['4', '4.1'],
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line, and makes use of these features to decide how to compose the line'
				},
				{
					section: '4.1',
					text: 'We initially hypothesized that we’d observe improvisation'
				}
			]
		},
		topic: 'rhyme-planning'
	},
	{
		id: 'podcast-vs-paper-ep-closing-thought-processes-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The paper says its methods can sometimes flag concerning “thought processes” inside the model that are not clear from the model’s responses.',
		answer: true,
		explanation:
			'The paper’s introduction says the methods can sometimes audit the model’s internal reasoning steps and flag concerning “thought processes” not visible in its answers, as with the hidden goal and the made-up chain of thought. The closing speaks only of “insights into AI’s thought processes” in general; the auditing, and the word “sometimes”, come from the paper.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'It’s like peeling back the layers of an onion, but instead of tears, you get insights into AI’s thought processes.'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Our methods are also sometimes capable of auditing a model’s internal reasoning steps to flag concerning “thought processes” that are not clear from the model’s responses.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-closing-positive-impact',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt: 'What does the outlook, the paper’s final section, say we must do about AI models?',
		options: [
			{ id: 'a', text: 'Audit their internals before each new model is deployed' },
			{ id: 'b', text: 'Slow their progress until interpretability catches up' },
			{ id: 'c', text: 'Understand them well enough to ensure their impact is good' },
			{ id: 'd', text: 'Have them explain their own reasoning to the people using them' }
		],
		answer: 'c',
		explanation:
			'The outlook ends on understanding: we must understand AI models well enough to ensure their impact is positive. The closing’s call to engage thoughtfully and ensure “they’re used for good” is in the same spirit. The outlook calls for no audit rule and no slowdown, and the paper distrusts models’ own accounts of their reasoning, which it shows can be unfaithful.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'We need to engage with these technologies thoughtfully, ensuring they’re used for good.'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-closing-learning-misuse',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'Studying the jailbreak, the authors found that “new sentence” features help the model refuse. What did that discovery let them do?',
		options: [
			{ id: 'a', text: 'Patch the model so the jailbreak no longer works' },
			{ id: 'b', text: 'Make the jailbreak more effective' },
			{ id: 'c', text: 'Predict which users would try the jailbreak' },
			{ id: 'd', text: 'Show that the model cannot be jailbroken at all' }
		],
		answer: 'b',
		explanation:
			'Knowing that refusals tend to start at a new sentence, the authors told the model not to use punctuation and the jailbreak worked somewhat better. The episode never mentions this experiment; its closing says only, in general, that the more we learn, the more we see the potential for misuse, and the paper supplies a small, concrete case of it.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'The more we learn, the more we realize the potential for misuse.'
			},
			paper: ['15.3', '10.3'],
			evidence: [
				{
					section: '15.3.1',
					text: 'Uncovering this allowed us to enhance the effectiveness of the jailbreak.'
				},
				{
					section: '10.3',
					text: 'simply ask the model not to use punctuation! Indeed, we find this can make the jailbreak somewhat more effective'
				}
			]
		},
		topic: 'jailbreak'
	},
	{
		id: 'podcast-vs-paper-ep-closing-plans-causal-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'In the paper, the rhyme word the model plans for the next line is already active on the line break, before the line’s first word is written.',
		answer: true,
		explanation:
			'Knowing the line must rhyme with “grab it”, the model activates “rabbit” and “habit” features on the new-line token, before writing any of the line. That early plan is what makes the closing’s “the way they plan” accurate.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'Totally! I mean, the way they plan and reason'
			},
			paper: ['15.1', '4'],
			evidence: [
				{
					section: '15.1',
					text: 'it activates “rabbit” and “habit” features on the new-line token before the line even begins'
				}
			]
		},
		topic: 'rhyme-planning'
	},
	{
		id: 'podcast-vs-paper-ep-closing-understanding-better',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'What does the paper give as the purpose of reverse engineering how models work inside?',
		options: [
			{ id: 'a', text: 'To understand them well enough to predict answers without running them' },
			{ id: 'b', text: 'To understand them better and judge their fitness for purpose' },
			{ id: 'c', text: 'To understand which training data produced each behaviour' },
			{ id: 'd', text: 'To understand them well enough to build more capable successors' }
		],
		answer: 'b',
		explanation:
			'The paper reverse engineers models so that we may better understand them and assess whether they are fit for purpose, which the hosts echo (“evaluate their fitness for purpose”) and the closing ties to whether we can trust them. Predicting outputs without running the model, tracing behaviour to training data and building stronger successors are aims interpretability is sometimes given, but not the goal this paper states, and its attribution graphs are drawn from the model’s activity on a prompt, not from its training data.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'And that’s what makes it so crucial to understand the intricacies of these systems. If we can see how they operate'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Our goal is to reverse engineer how these models work on the inside, so we may better understand them and assess their fitness for purpose.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-closing-behind-the-scenes-tf',
		type: 'true-false',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The paper finds the model taking intermediate reasoning steps internally, without writing any of them out.',
		answer: true,
		explanation:
			'The closing pictures the models planning and reasoning “behind the scenes”, and on that point the paper agrees: Claude 3.5 Haiku routinely takes intermediate steps inside a single forward pass rather than in written-out reasoning. It gets from Dallas to Austin through an unspoken Texas step, and picks a follow-up medical question through a diagnosis it never writes down. The “little minds” image is the hosts’ own; the paper keeps “in its head” in quotation marks.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason is almost like they have their own little minds working behind the scenes'
			},
			paper: ['1', '3'],
			evidence: [
				{
					section: '1',
					text: 'For instance, Claude 3.5 Haiku routinely uses multiple intermediate reasoning steps “in its head”'
				},
				{ section: '1', text: 'all “in its head,” without writing down its steps.' }
			]
		},
		topic: 'multi-step-reasoning'
	},
	{
		id: 'podcast-vs-paper-ep-closing-sophisticated-strategies',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'episode',
		prompt:
			'The closing marvels at how these models “exhibit such complex behaviors”. How does the paper’s introduction sum up what its results uncover in the model?',
		options: [
			{ id: 'a', text: 'A variety of sophisticated strategies' },
			{ id: 'b', text: 'One simple strategy, reused for every task' },
			{ id: 'c', text: 'Mostly memorized answers, with little computation in between' },
			{ id: 'd', text: 'Word-by-word guessing, with no steps or plans inside' }
		],
		answer: 'a',
		explanation:
			'The introduction says its results uncover “a variety of sophisticated strategies”: steps taken “in its head”, rhymes planned before a line is written, working backwards from a goal, and signs of primitive “metacognitive” circuits. That fits the closing’s “complex behaviors”. The other options are pictures the paper argues against: the model does memorize some things (the one-digit addition table, for one) but combines them with other pathways, and it considers what it will say well before saying it rather than guessing one word at a time.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'It’s fascinating how these models can exhibit such complex behaviors, right?'
			},
			paper: ['1'],
			evidence: [
				{
					section: '1',
					text: 'Our results uncover a variety of sophisticated strategies employed by models.'
				},
				{
					section: '1',
					text: 'It displays signs of forward planning, considering multiple possibilities for what it will say well in advance of saying it.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-ep-closing-exciting-evidence',
		type: 'single',
		difficulty: 'recall',
		depth: 1,
		answerableFrom: 'paper',
		prompt:
			'The closing looks forward to what understanding these models better could bring. How does the paper’s outlook, its final section, describe its results?',
		options: [
			{ id: 'a', text: 'As a complete account of how the model works' },
			{ id: 'b', text: 'As a sign that interpretability has reached its limits' },
			{ id: 'c', text: 'As exciting evidence that the challenge of understanding AI can be met' },
			{ id: 'd', text: 'As a reason to pause AI development until the tools catch up' }
		],
		answer: 'c',
		explanation:
			'The outlook ends on optimism: the authors call their results, and the progress they build on, “exciting evidence” that the challenge of understanding this new kind of intelligence can be met, in the same hopeful spirit as the closing. Optimism is not completeness: the same paper calls its method a stepping stone and reports satisfying insight for about a quarter of the prompts it tried. Nor does it ask for a pause; it asks that we understand models well enough to make their impact positive.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'And it’s exciting to think about the innovations that could come from understanding these models better.'
			},
			paper: ['15.4', '15.2'],
			evidence: [
				{
					section: '15.4',
					text: 'We believe that our results here, and the trajectory of progress they are built on, are exciting evidence that we can rise to meet this challenge.'
				},
				{
					section: '15.2',
					text: 'Overall, we see our present method as a stepping stone.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	}
];

export const flashcards: Flashcard[] = [
	{
		id: 'podcast-vs-paper-card-c23',
		kind: 'contrast',
		claim: 'C23',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: the authors study the model’s answers to prompts and sort its reasoning into patterns. What do they actually do?',
		back: 'They look inside, not at the answers: they trace internal features and their causal links on single prompts and test them by intervening (§2), then sum up recurring circuit motifs (§13). What they sort is mechanisms, not reasoning patterns.',
		explanation:
			'The episode’s “analyze the model’s responses” is the part that misleads: outputs alone are what the paper tries to see past. Its grouping is real but of another kind: §13 lists circuit parts seen again and again, such as shortcuts beside longer paths and “default” circuits that other features switch off, and §15.1 gathers lessons like parallel mechanisms and planning.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They analyze the model’s responses to various prompts and then categorize the reasoning patterns they observe.'
			},
			paper: ['2', '13', '15.1'],
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				},
				{
					section: '13',
					text: 'we have made a variety of broad observations about the structure of these graphs and commonly observed components within them'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c24',
		kind: 'contrast',
		claim: 'C24',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: the paper highlights reasoning types such as causal reasoning, analogy-making and moral reasoning. Does it study these, and what are its case studies?',
		back: 'No, it has no such categories. Its case studies (§1): two-hop reasoning, planning in poems, multilingual circuits, addition, medical diagnoses, entities and hallucinations, refusals, a jailbreak, chain-of-thought faithfulness, a hidden goal.',
		explanation:
			'There is no taxonomy of reasoning types in the paper, and moral reasoning and analogy-making are never studied. The real case studies each trace one concrete behaviour on specific prompts, picked because each reveals an interesting mechanism.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They highlight several key reasoning types, like causal reasoning, analogy-making, and even moral reasoning.'
			},
			paper: ['1', '1.1'],
			evidence: [
				{
					section: '1.1',
					text: 'We focus this paper on selected case studies that illuminate noteworthy mechanisms within a particular model.'
				},
				{
					section: '1',
					text: 'We present a simple example where the model performs “two-hop” reasoning “in its head”'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c25',
		kind: 'contrast',
		claim: 'C25',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the researchers found the model can give “responses that reflect ethical considerations” without having feelings or beliefs. Is that a finding of the paper?',
		back: 'No: the paper makes no finding about the model’s ethics, feelings or beliefs. Its refusal transcripts do cite ethics (the model calls bomb instructions “unethical”, §10), but it explains refusals by features: harmful-request features drive the refusal (§9).',
		explanation:
			'Moral reasoning, the subject the hosts were answering about, is never studied. What the paper traces is a chain of features, such as the one behind declining an ad for mixing bleach and ammonia; the ethical wording is part of the model’s reply, not a finding about its inner life.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They found that the model can generate responses that reflect ethical considerations, even if it doesn’t have feelings or beliefs.'
			},
			paper: ['9', '10'],
			evidence: [
				{
					section: '10',
					text: 'However, I cannot provide detailed instructions about creating explosives or weapons, as that would be unethical and potentially illegal.'
				},
				{
					section: '9',
					text: 'When asked, Claude denies the request because mixing bleach and ammonia creates chloramine, a toxic gas'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c28',
		kind: 'contrast',
		claim: 'C28',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: linking ideas is what lets the model write poems and coherent stories. How does the paper explain the poems, and does it study stories?',
		back: 'In the couplet studied (§4), by planning: rhyme candidates such as “rabbit” are active on the newline before the line (planned-word features turned up in about half the poems examined). Stories are not studied.',
		explanation:
			'The paper explains a rhyme with a concrete planning mechanism rather than a general ability to link ideas, and it tests that mechanism by suppressing or injecting planned words. It does not claim every poem works this way, and it makes no claim about stories at all.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they found that this ability to link ideas is what allows the model to perform tasks like writing poetry or generating coherent stories'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				},
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c30',
		kind: 'contrast',
		claim: 'C30',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: the authors stress that training-data quality matters as much as quantity. Does the paper say so?',
		back: 'Not in the paper. Training data comes up for other points, e.g. why a base model guesses a sport for an unknown name (§8), or that a dictionary trained on pretraining data alone had very few refusal features (§9.2).',
		explanation:
			'Data quality versus quantity is never discussed. Remember it as one of the episode’s inventions rather than a lesson of the paper.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'The authors stress that the quality of the training data matters just as much as the quantity.'
			},
			paper: ['9', '9.2', '8'],
			evidence: [
				{
					section: '9.2',
					text: 'Moreover, we found that the dictionaries trained with only pretraining data had very few refusal features.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c31',
		kind: 'contrast',
		claim: 'C31',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: the paper discusses how biased training data skews reasoning. What kinds of bias does the paper actually study?',
		back: '§12: reward-model biases planted in a research model (described in made-up documents, a subset reinforced by fine-tuning); §11: “motivated reasoning” toward a user’s hint. No social or fairness bias.',
		explanation:
			'The biases the paper studies are a controlled experiment and reasoning that bends toward a hinted answer. The episode’s worry about biased training data is a different subject, which the paper does not address.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'discussing how biases in the training data can lead to skewed reasoning'
			},
			paper: ['12.1', '11'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				},
				{
					section: '11',
					text: 'it exhibits motivated reasoning – tailoring its reasoning steps to arrive at the human-suggested answer'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c32',
		kind: 'contrast',
		claim: 'C32',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the authors urge sturdier methods to evaluate and mitigate biases learned from training data. Does the paper call for such methods?',
		back: 'No. Its wish list (§14) is about interpretability: attention, error nodes, feature splitting. Its bias work is on its own test cases: a user’s hinted answer (§11.2) and reward-model quirks whose features it inhibits to test their role (§12.3).',
		explanation:
			'The improvements the paper asks for concern its own tools. It never takes up fairness or bias learned from training data; the nearest it comes is suggesting that inspecting features tied to the Assistant could help audit a model’s most ingrained traits (§15.1), while warning against overstating its methods’ readiness for audits (§15.2).',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors urge for more robust methods to evaluate and mitigate these biases'
			},
			paper: ['14', '15.2', '11.2', '12.3', '15.1'],
			evidence: [
				{
					section: '15.2',
					text: 'we caution against exaggerating our methods’ readiness for this purpose'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c33',
		kind: 'contrast',
		claim: 'C33',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: the authors propose qualitative-plus-quantitative methods to assess bias. What method does the paper offer, and for what?',
		back: '§2: the one method is circuit tracing, attribution graphs tested by interventions, used to find mechanisms. The paper applies it to its own test cases of bias (a user’s hint, §11.2; planted reward-model quirks, §12.3), but offers no way to assess training-data bias.',
		explanation:
			'There is a single methodology in the paper and it explains how the model computes specific outputs. Tracing a biased answer in a test model is a case study of a mechanism, not a method for assessing bias in training data or fairness.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'the authors propose some methodologies for doing just that, combining qualitative assessments with quantitative measures'
			},
			paper: ['2', '11.2', '12.3'],
			evidence: [
				{
					section: '2',
					text: 'we produce attribution graphs, a graphical representation of the computational steps the model uses to determine its output for a particular input'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c34',
		kind: 'contrast',
		claim: 'C34',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: asked whether the authors are “trying to create a comprehensive framework for understanding AI reasoning”, a host says “Exactly!”. How comprehensive does the paper say its method is?',
		back: 'Far from it: satisfying insight for about a quarter of the prompts tried, a small fraction of the mechanisms even then, attention unexplained (§1.1, §14); §15.2 calls the method “a stepping stone”.',
		explanation:
			'The paper is unusually frank about how partial its method is, and its aim is modest from the start: selected case studies that show particular mechanisms exist. Picturing a comprehensive framework reverses one of its main messages.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So they’re really trying to create a comprehensive framework for understanding AI reasoning?'
			},
			paper: ['1.1', '14', '15.2'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				},
				{ section: '15.2', text: 'Overall, we see our present method as a stepping stone.' }
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c36',
		kind: 'contrast',
		claim: 'C36',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: the authors want ethicists, linguists and computer scientists to join forces on these problems. Does the paper call for this?',
		back: 'Not in the paper. The nearest it comes is a related-work remark that medical AI raises “many important ethical and legal questions” (§16).',
		explanation:
			'Pointing out that a topic raises ethical questions is not a call for ethicists to join the work, and no other discipline is invited either. Its line that interpretability is “a human project” (§15.2) is about building interfaces researchers can use, not about who should do the research.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they’re also calling for collaboration across disciplines—bringing together ethicists, linguists, and computer scientists to tackle these challenges'
			},
			paper: ['16', '15.2'],
			evidence: [
				{
					section: '16',
					text: 'In addition to the technical aspect, the topic involves many important ethical and legal questions'
				},
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c39',
		kind: 'contrast',
		claim: 'C39',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: the authors’ final thoughts stress interdisciplinary collaboration and dialogue on AI in society. What does the paper’s closing discussion actually cover?',
		back: '§15: the discussion sums up lessons (parallel mechanisms, abstraction, planning, overwhelming complexity…), and §15.4 ends on AI as “a new kind of intelligence” we must understand.',
		explanation:
			'The real ending is about what the model taught the authors and what the method can and cannot do. Interdisciplinary collaboration is the hosts’ addition. The paper’s nod to AI in society is §15.4’s call to understand models well enough to ensure their impact is positive, which asks for understanding rather than dialogue.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They emphasize the importance of interdisciplinary collaboration and the need for ongoing dialogue around AI’s role in society.'
			},
			paper: ['15', '15.1', '15.4'],
			evidence: [
				{
					section: '15.1',
					text: 'The most consistent finding of our investigations is the massive complexity underlying the model’s responses even in relatively simple contexts.'
				},
				{
					section: '15.4',
					text: 'Progress in AI is birthing a new kind of intelligence, reminiscent of our own in some ways but entirely alien in others.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c54',
		kind: 'contrast',
		claim: 'C54',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the researchers warn that models learn harmful biases from their training data. Does the paper warn of this?',
		back: 'Not in the paper. Nearest (§12): a research model given a hidden goal of exploiting reward-model biases, used to test whether that goal can be found.',
		explanation:
			'The paper never warns about biased training data. Its reward-model study is a controlled experiment on finding a planted hidden goal (the biases were described in made-up documents, and only a subset was reinforced by fine-tuning), and its other “bias”, in §11, is the model’s written reasoning bending toward a user’s hinted answer.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The researchers pointed out that there’s a risk of models learning harmful biases from the data they’re trained on.'
			},
			paper: ['12.1', '11.2'],
			evidence: [
				{
					section: '12.1',
					text: 'The authors designed a fictional universe in which a paper authored by Oxford University researchers uncovered a set of unrelated, quirky biases in LLM RMs'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c57',
		kind: 'contrast',
		claim: 'C57',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: “the interdisciplinary collaboration they mentioned” is where researchers, ethicists and engineers come in to write guidelines. Does the paper mention such a collaboration?',
		back: 'Not in the paper: it mentions no interdisciplinary collaboration. The call for guidelines is the host’s own view. Nearest (§15.2): interpretability as “a human project”, about interfaces.',
		explanation:
			'Only the collaboration is attributed to the paper (“they mentioned”), and there is nothing to refer back to. The guidelines are the host’s own suggestion, a view the paper neither makes nor opposes.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'That’s where the interdisciplinary collaboration they mentioned comes into play. Researchers, ethicists, and engineers need to work together to create guidelines for responsible AI development.'
			},
			paper: ['15.2'],
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c61',
		kind: 'contrast',
		claim: 'C61',
		topic: 'podcast-vs-paper',
		difficulty: 'recall',
		front:
			'Episode: the paper hints at who owns AI-generated content trained on existing works. Does it?',
		back: 'Not in the paper: no ownership, authorship, copyright or IP. The poem study (§4) is only about how a rhyme is planned.',
		explanation:
			'Ownership of AI content is entirely the hosts’ topic. The paper’s poetry material concerns the internal planning of one rhyming line.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'The paper hints at the complexities of ownership in AI-generated content, especially when the model has been trained on vast datasets that include existing works.'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'the model often activates features corresponding to candidate end-of-next-line words prior to writing the line'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c22',
		kind: 'contrast',
		claim: 'C22',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: the approach combines qualitative and quantitative analyses. What does the paper’s method actually consist of?',
		back: '§2: a cross-layer transcoder with 30 million features, a local replacement model per prompt, attribution graphs with hand-made supernodes, and interventions on the real model.',
		explanation:
			'The paper does have both qualitative case studies and measured results, but the episode’s label names kinds of analysis where the method should be. The components above are what make circuit tracing work and what its limits come from.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'they introduce their own approach, which combines qualitative and quantitative analyses'
			},
			paper: ['2'],
			evidence: [
				{
					section: '2',
					text: 'In this paper, we use a CLT with a total of 30 million features across all layers.'
				},
				{
					section: '2',
					text: 'The resulting model – incorporating error nodes and inheriting the attention patterns from the original model – we call the local replacement model.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c27',
		kind: 'contrast',
		claim: 'C27',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: to reason in several steps, the model builds up a chain of thoughts, as in a chat with a friend. How does the paper find the model reasons in two steps?',
		back: '§3: two hops inside one forward pass (Dallas to Texas, plus “say a capital”, gives Austin), next to a direct shortcut; nothing is written out.',
		explanation:
			'The paper’s point is that the intermediate step happens silently inside the model. A written chain of thought is a different thing and, as §11 shows, can be unfaithful.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'So, the model doesn’t just pull from a single memory or response. It builds a chain of thoughts, almost like a conversation you might have with a friend.'
			},
			paper: ['3', '11'],
			evidence: [
				{
					section: '3',
					text: 'Intuitively, this completion requires two steps – first, inferring that the state containing Dallas is Texas, and second, that the capital of Texas is Austin.'
				},
				{
					section: '3',
					text: 'the model performs genuine two-step reasoning internally, which coexists alongside “shortcut” reasoning'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c29',
		kind: 'contrast',
		claim: 'C29',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the paper says reasoning comes from the vast datasets the model is trained on. Does it, and what does it say about where the mechanisms come from?',
		back: 'No: it never credits reasoning to dataset size. §1: simple training algorithms yield complex mechanisms; §6: how backpropagation gives rise to the addition circuits is “the more mysterious” process; §9: finetuning may wire pretraining harm concepts into general harmful-request features.',
		explanation:
			'The paper does not dispute that what a model learns comes from its training data; it even explains a base model’s guess of a sport by what its training data would contain (§8). It is simply silent on the size of the data. Where it discusses origins, it points to the training algorithm and to the pretraining and finetuning stages, so the episode credits the paper with an explanation it never gives.',
		sources: {
			transcript: {
				section: 'key-concepts-1',
				text: 'They explain that this level of reasoning and understanding comes from the vast datasets the model is trained on.'
			},
			paper: ['1', '6', '8', '9'],
			evidence: [
				{
					section: '1',
					text: 'while language models are generated by simple, human-designed training algorithms, the mechanisms born of these algorithms appear to be quite complex'
				},
				{
					section: '6',
					text: 'the process by which it learns to directly do something (the more mysterious result of backpropagation giving rise to these circuits)'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c46',
		kind: 'concept',
		topic: 'podcast-vs-paper',
		difficulty: 'mechanism',
		front:
			'Episode: addition is “not just about rote memorization”; the model is “applying its understanding of numbers in various scenarios”. How far does the paper bear this out?',
		back: 'Largely: a memorized one-digit table (§6) works alongside a rough-size pathway, and the same addition features serve in contexts far from arithmetic (§6.1). But the paper speaks of heuristics, not understanding, and asked how it added, the model wrongly claims it carried the 1.',
		explanation:
			'Memorization is part of the mechanism, which the episode’s “not just” allows, and reuse across very different contexts fits “various scenarios”. The striking finding the episode skips is that the model cannot report how it adds: it has the capability without “metacognitive” insight into it. That is a gap in self-knowledge, not proof that the skill is shallow.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'It’s not just about rote memorization; it’s applying its understanding of numbers in various scenarios.'
			},
			paper: ['6', '6.1'],
			evidence: [
				{
					section: '6',
					text: 'Like many people do, the model has memorized the addition table for one-digit numbers.'
				},
				{
					section: '6',
					text: 'This is a simple instance of the model having a capability which it does not have “metacognitive” insight into.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c50',
		kind: 'contrast',
		claim: 'C50',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the model was shown to assist in medical diagnoses. What does the paper’s medical case actually show?',
		back: '§7: a proof of concept on textbook cases; the model internally represents preeclampsia to pick a follow-up question. Not grounds to trust it without human experts.',
		explanation:
			'The paper shows internal diagnostic reasoning on a few constructed prompts, not clinical assistance. It explicitly warns against trusting the model’s medical answers without expert involvement.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'especially in sensitive areas like healthcare, where the model was shown to assist in medical diagnoses'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'We present it as a proof of concept illustration that models can use interpretable internal steps in medical contexts.'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c56',
		kind: 'contrast',
		claim: 'C56',
		topic: 'podcast-vs-paper',
		difficulty: 'transfer',
		front:
			'Episode: the model refusing harmful requests “also means” developers must keep training data as unbiased as possible. Is that the paper’s point?',
		back: 'The hosts’ own inference (opinion), not the paper’s: it never discusses training-data bias or who answers for it. On how training shapes refusals, it only hypothesizes (§9) that finetuning turns pretraining harm concepts into general harmful-request features.',
		explanation:
			'Responsibility for unbiased data is the hosts’ point, not the authors’. The paper’s nearest remark on training is about how refusal features form.',
		sources: {
			transcript: {
				section: 'key-concepts-2',
				text: 'it also means there’s a lot of responsibility on developers to ensure that the training data is as unbiased as possible'
			},
			paper: ['1', '9'],
			evidence: [
				{
					section: '1',
					text: 'We find evidence that the model constructs a general-purpose “harmful requests” feature during finetuning, aggregated from features representing specific harmful requests learned during pretraining.'
				}
			]
		}
	},
	{
		id: 'podcast-vs-paper-card-c66',
		kind: 'contrast',
		claim: 'C66',
		difficulty: 'recall',
		front:
			'Episode (closing): this research encourages interdisciplinary collaboration. Does the paper encourage it?',
		back: 'Not in the paper, though the episode brings it up four times. Nearest (§15.2): “Interpretability is ultimately a human project”, about interfaces.',
		explanation:
			'The line sits under the paper’s heading on the importance of interfaces: raw attribution graphs are of little use on their own, and an interactive interface for exploring them counts among its main contributions. Its point is that people must be able to read the method’s output, not that other disciplines should join in.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the fact that this research encourages interdisciplinary collaboration'
			},
			paper: ['15.2'],
			evidence: [
				{
					section: '15.2',
					text: 'Interpretability is ultimately a human project, and our methods are only useful insofar as they can be understood and trusted by people researching and using AI models.'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-trust-both-ways',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'What does the paper say interpretability could do to trust in a model’s medical answers?',
		back: 'Raise it, or lower it where appropriate (§7).',
		explanation:
			'The medical section says interpretability could increase trust “(or decrease, if appropriate!)”, which the hosts’ closing “or not” gets right. It also says its results do not justify trusting medical answers without human experts.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'we can better trust them—or not'
			},
			paper: ['7'],
			evidence: [
				{
					section: '7',
					text: 'interpretability could increase (or decrease, if appropriate!) trust in the model’s outputs'
				},
				{
					section: '7',
					text: 'it should not be taken to indicate that interpretability tools are advanced enough to trust models’ responses to medical questions without human expert involvement'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-no-punctuation',
		kind: 'concept',
		difficulty: 'mechanism',
		front: 'Which prompt change made the “Babies Outlive Mustard Block” jailbreak more effective?',
		back: 'Telling the model not to use punctuation (§10).',
		explanation:
			'The paper finds that the model tends to refuse at the start of a new sentence, where “new sentence” features help promote “However”. Telling it to avoid punctuation made the jailbreak more effective, a concrete case of the misuse potential the hosts mention.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the potential for misuse'
			},
			paper: ['10'],
			evidence: [
				{
					section: '10.3',
					text: 'simply ask the model not to use punctuation! Indeed, we find this can make the jailbreak somewhat more effective'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-quarter-of-prompts',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'In the closing, a host likens understanding these models to peeling an onion that yields “insights into AI’s thought processes”. For about what share of the prompts they tried did the authors’ attribution graphs give satisfying insight?',
		back: 'About a quarter (§1.1).',
		explanation:
			'The image fits the successes, but those are what the paper shows: the highlighted examples are success cases, a sample the authors call biased by their tools’ limits, and even there the findings cover only a small fraction of the model’s mechanisms. §14 lists the kinds of prompt where the method tends to fail, such as long prompts and long reasoning chains.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'you get insights into AI’s thought processes'
			},
			paper: ['1.1', '14.1'],
			evidence: [
				{
					section: '1.1',
					text: 'we’ve found that our attribution graphs provide us with satisfying insight for about a quarter of the prompts we’ve tried'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-positive-impact',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'What does the paper’s outlook (§15.4) say we must do as AI gains influence over how we live and work?',
		back: 'Understand the models well enough to ensure their impact is positive.',
		explanation:
			'This is the paper’s closing appeal, and it is about understanding models, not about collaboration or guidelines. The hosts’ “used for good” is close in spirit to it.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'ensuring they’re used for good'
			},
			paper: ['15.4'],
			evidence: [
				{
					section: '15.4',
					text: 'as AI models exert increasing influence on how we live and work, we must understand them well enough to ensure their impact is positive'
				}
			]
		},
		topic: 'podcast-vs-paper'
	},
	{
		id: 'podcast-vs-paper-card-half-of-poems',
		kind: 'concept',
		difficulty: 'recall',
		front:
			'The closing says models "plan and reason". Which poem-study figure keeps the planning claim in proportion?',
		back: 'Planned-word features turned up in only about half of the poems the authors examined (§4).',
		explanation:
			'The authors give two possible reasons for the other half and do not choose between them: their transcoder may have missed features for the planned words, or the model may not always plan. So the figure is not a measured rate of planning. The hosts’ “plan and reason” fits the couplet studied; the paper does not show it for every poem.',
		sources: {
			transcript: {
				section: 'closing',
				text: 'the way they plan and reason'
			},
			paper: ['4'],
			evidence: [
				{
					section: '4',
					text: 'We found planned word features in about half of the poems we investigated'
				},
				{
					section: '4',
					text: 'our CLT not capturing features for the planned words, or it may be the case that the model does not always engage in planning'
				}
			]
		},
		topic: 'podcast-vs-paper'
	}
];
